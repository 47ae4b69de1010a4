/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12step21Inputs */

const en_lesson_l12step21 = /** @type {(inputs: Lesson_L12step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the other login methods with the buttons below, and read their login lines too.`)
};

const es_lesson_l12step21 = /** @type {(inputs: Lesson_L12step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba los otros métodos de inicio de sesión con los botones de abajo y lee también sus líneas.`)
};

const de_lesson_l12step21 = /** @type {(inputs: Lesson_L12step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probiere die anderen Anmeldeverfahren mit den Schaltflächen unten aus und lies auch ihre Anmeldezeilen.`)
};

/**
* | output |
* | --- |
* | "Try the other login methods with the buttons below, and read their login lines too." |
*
* @param {Lesson_L12step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12step21 = /** @type {((inputs?: Lesson_L12step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12step21(inputs)
	if (locale === "de") return de_lesson_l12step21(inputs)
	return en_lesson_l12step21(inputs)
});
export { lesson_l12step21 as "lesson_l12Step2" }