/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1choiceserver3Inputs */

const en_lesson_l05cp1choiceserver3 = /** @type {(inputs: Lesson_L05cp1choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nowhere yet: RETR only announces the message.`)
};

const es_lesson_l05cp1choiceserver3 = /** @type {(inputs: Lesson_L05cp1choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ningún sitio todavía: RETR solo anuncia el mensaje.`)
};

const de_lesson_l05cp1choiceserver3 = /** @type {(inputs: Lesson_L05cp1choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch nirgends: RETR kündigt die Nachricht nur an.`)
};

/**
* | output |
* | --- |
* | "Nowhere yet: RETR only announces the message." |
*
* @param {Lesson_L05cp1choiceserver3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1choiceserver3 = /** @type {((inputs?: Lesson_L05cp1choiceserver3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1choiceserver3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1choiceserver3(inputs)
	if (locale === "de") return de_lesson_l05cp1choiceserver3(inputs)
	return en_lesson_l05cp1choiceserver3(inputs)
});
export { lesson_l05cp1choiceserver3 as "lesson_l05Cp1ChoiceServer" }