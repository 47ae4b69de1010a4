/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdictmisleading1Inputs */

const en_lessons_verdictmisleading1 = /** @type {(inputs: Lessons_Verdictmisleading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Misleading`)
};

const es_lessons_verdictmisleading1 = /** @type {(inputs: Lessons_Verdictmisleading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Engañosa`)
};

const de_lessons_verdictmisleading1 = /** @type {(inputs: Lessons_Verdictmisleading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Irreführend`)
};

/**
* | output |
* | --- |
* | "Misleading" |
*
* @param {Lessons_Verdictmisleading1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdictmisleading1 = /** @type {((inputs?: Lessons_Verdictmisleading1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdictmisleading1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdictmisleading1(inputs)
	if (locale === "de") return de_lessons_verdictmisleading1(inputs)
	return en_lessons_verdictmisleading1(inputs)
});
export { lessons_verdictmisleading1 as "lessons_verdictMisleading" }