/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3choicenothing3Inputs */

const en_lesson_l12cp3choicenothing3 = /** @type {(inputs: Lesson_L12cp3choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing at all: HMAC cannot be attacked.`)
};

const es_lesson_l12cp3choicenothing3 = /** @type {(inputs: Lesson_L12cp3choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada en absoluto: HMAC es inatacable.`)
};

const de_lesson_l12cp3choicenothing3 = /** @type {(inputs: Lesson_L12cp3choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gar nichts: HMAC lässt sich nicht angreifen.`)
};

/**
* | output |
* | --- |
* | "Nothing at all: HMAC cannot be attacked." |
*
* @param {Lesson_L12cp3choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3choicenothing3 = /** @type {((inputs?: Lesson_L12cp3choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3choicenothing3(inputs)
	if (locale === "de") return de_lesson_l12cp3choicenothing3(inputs)
	return en_lesson_l12cp3choicenothing3(inputs)
});
export { lesson_l12cp3choicenothing3 as "lesson_l12Cp3ChoiceNothing" }