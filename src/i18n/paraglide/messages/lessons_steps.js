/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_StepsInputs */

const en_lessons_steps = /** @type {(inputs: Lessons_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps`)
};

const es_lessons_steps = /** @type {(inputs: Lessons_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasos`)
};

const de_lessons_steps = /** @type {(inputs: Lessons_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritte`)
};

/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Lessons_StepsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_steps = /** @type {((inputs?: Lessons_StepsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_StepsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_steps(inputs)
	if (locale === "de") return de_lessons_steps(inputs)
	return en_lessons_steps(inputs)
});