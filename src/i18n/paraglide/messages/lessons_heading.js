/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_HeadingInputs */

const en_lessons_heading = /** @type {(inputs: Lessons_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lessons`)
};

const es_lessons_heading = /** @type {(inputs: Lessons_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lecciones`)
};

const de_lessons_heading = /** @type {(inputs: Lessons_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lektionen`)
};

/**
* | output |
* | --- |
* | "Lessons" |
*
* @param {Lessons_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_heading = /** @type {((inputs?: Lessons_HeadingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_HeadingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_heading(inputs)
	if (locale === "de") return de_lessons_heading(inputs)
	return en_lessons_heading(inputs)
});