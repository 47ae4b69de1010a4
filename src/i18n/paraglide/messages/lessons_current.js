/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_CurrentInputs */

const en_lessons_current = /** @type {(inputs: Lessons_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current lesson`)
};

const es_lessons_current = /** @type {(inputs: Lessons_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lección actual`)
};

const de_lessons_current = /** @type {(inputs: Lessons_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktuelle Lektion`)
};

/**
* | output |
* | --- |
* | "Current lesson" |
*
* @param {Lessons_CurrentInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_current = /** @type {((inputs?: Lessons_CurrentInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_CurrentInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_current(inputs)
	if (locale === "de") return de_lessons_current(inputs)
	return en_lessons_current(inputs)
});