/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04hint11Inputs */

const en_lesson_l04hint11 = /** @type {(inputs: Lesson_L04hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cutting the connection before QUIT arrives is a different story (F4): the server would never see QUIT.`)
};

const es_lesson_l04hint11 = /** @type {(inputs: Lesson_L04hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cortar la conexión antes de que llegue QUIT es otra historia (F4): el servidor nunca vería QUIT.`)
};

const de_lesson_l04hint11 = /** @type {(inputs: Lesson_L04hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Verbindung zu trennen, bevor QUIT ankommt, ist eine andere Geschichte (F4): Der Server würde QUIT nie sehen.`)
};

/**
* | output |
* | --- |
* | "Cutting the connection before QUIT arrives is a different story (F4): the server would never see QUIT." |
*
* @param {Lesson_L04hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04hint11 = /** @type {((inputs?: Lesson_L04hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04hint11(inputs)
	if (locale === "de") return de_lesson_l04hint11(inputs)
	return en_lesson_l04hint11(inputs)
});
export { lesson_l04hint11 as "lesson_l04Hint1" }