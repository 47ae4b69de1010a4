/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp1choicehalf3Inputs */

const en_lesson_l04cp1choicehalf3 = /** @type {(inputs: Lesson_L04cp1choicehalf3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`They stay marked until the client reconnects and sends QUIT again.`)
};

const es_lesson_l04cp1choicehalf3 = /** @type {(inputs: Lesson_L04cp1choicehalf3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siguen marcados hasta que el cliente se vuelva a conectar y envíe QUIT otra vez.`)
};

const de_lesson_l04cp1choicehalf3 = /** @type {(inputs: Lesson_L04cp1choicehalf3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie bleiben markiert, bis sich der Client wieder verbindet und noch einmal QUIT sendet.`)
};

/**
* | output |
* | --- |
* | "They stay marked until the client reconnects and sends QUIT again." |
*
* @param {Lesson_L04cp1choicehalf3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp1choicehalf3 = /** @type {((inputs?: Lesson_L04cp1choicehalf3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp1choicehalf3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp1choicehalf3(inputs)
	if (locale === "de") return de_lesson_l04cp1choicehalf3(inputs)
	return en_lesson_l04cp1choicehalf3(inputs)
});
export { lesson_l04cp1choicehalf3 as "lesson_l04Cp1ChoiceHalf" }