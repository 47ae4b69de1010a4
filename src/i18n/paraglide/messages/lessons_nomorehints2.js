/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Nomorehints2Inputs */

const en_lessons_nomorehints2 = /** @type {(inputs: Lessons_Nomorehints2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No more hints.`)
};

const es_lessons_nomorehints2 = /** @type {(inputs: Lessons_Nomorehints2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay más pistas.`)
};

const de_lessons_nomorehints2 = /** @type {(inputs: Lessons_Nomorehints2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine weiteren Tipps.`)
};

/**
* | output |
* | --- |
* | "No more hints." |
*
* @param {Lessons_Nomorehints2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_nomorehints2 = /** @type {((inputs?: Lessons_Nomorehints2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Nomorehints2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_nomorehints2(inputs)
	if (locale === "de") return de_lessons_nomorehints2(inputs)
	return en_lessons_nomorehints2(inputs)
});
export { lessons_nomorehints2 as "lessons_noMoreHints" }