/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02step21Inputs */

const en_lesson_l02step21 = /** @type {(inputs: Lesson_L02step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the phone's poll, then read the Outcome.`)
};

const es_lesson_l02step21 = /** @type {(inputs: Lesson_L02step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa la consulta del móvil y después lee el Resultado.`)
};

const de_lesson_l02step21 = /** @type {(inputs: Lesson_L02step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieh dir den Abruf des Handys an und lies dann das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "Watch the phone's poll, then read the Outcome." |
*
* @param {Lesson_L02step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02step21 = /** @type {((inputs?: Lesson_L02step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02step21(inputs)
	if (locale === "de") return de_lesson_l02step21(inputs)
	return en_lesson_l02step21(inputs)
});
export { lesson_l02step21 as "lesson_l02Step2" }