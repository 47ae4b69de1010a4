/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Lessons_StartInputs */

const en_lessons_start = /** @type {(inputs: Lessons_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Start lesson: ${i?.title}`)
};

const es_lessons_start = /** @type {(inputs: Lessons_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Empezar la lección: ${i?.title}`)
};

const de_lessons_start = /** @type {(inputs: Lessons_StartInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lektion beginnen: ${i?.title}`)
};

/**
* | output |
* | --- |
* | "Start lesson: {title}" |
*
* @param {Lessons_StartInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_start = /** @type {((inputs: Lessons_StartInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_StartInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_start(inputs)
	if (locale === "de") return de_lessons_start(inputs)
	return en_lessons_start(inputs)
});