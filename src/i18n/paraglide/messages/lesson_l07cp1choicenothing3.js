/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1choicenothing3Inputs */

const en_lesson_l07cp1choicenothing3 = /** @type {(inputs: Lesson_L07cp1choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: LIST shows the same sizes as last time.`)
};

const es_lesson_l07cp1choicenothing3 = /** @type {(inputs: Lesson_L07cp1choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: LIST muestra los mismos tamaños que la última vez.`)
};

const de_lesson_l07cp1choicenothing3 = /** @type {(inputs: Lesson_L07cp1choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: LIST zeigt dieselben Größen wie beim letzten Mal.`)
};

/**
* | output |
* | --- |
* | "Nothing: LIST shows the same sizes as last time." |
*
* @param {Lesson_L07cp1choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1choicenothing3 = /** @type {((inputs?: Lesson_L07cp1choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1choicenothing3(inputs)
	if (locale === "de") return de_lesson_l07cp1choicenothing3(inputs)
	return en_lesson_l07cp1choicenothing3(inputs)
});
export { lesson_l07cp1choicenothing3 as "lesson_l07Cp1ChoiceNothing" }