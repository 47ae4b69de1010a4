/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdictwordhalftrue3Inputs */

const en_lessons_verdictwordhalftrue3 = /** @type {(inputs: Lessons_Verdictwordhalftrue3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`half true`)
};

const es_lessons_verdictwordhalftrue3 = /** @type {(inputs: Lessons_Verdictwordhalftrue3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una verdad a medias`)
};

const de_lessons_verdictwordhalftrue3 = /** @type {(inputs: Lessons_Verdictwordhalftrue3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`halb wahr`)
};

/**
* | output |
* | --- |
* | "half true" |
*
* @param {Lessons_Verdictwordhalftrue3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdictwordhalftrue3 = /** @type {((inputs?: Lessons_Verdictwordhalftrue3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdictwordhalftrue3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdictwordhalftrue3(inputs)
	if (locale === "de") return de_lessons_verdictwordhalftrue3(inputs)
	return en_lessons_verdictwordhalftrue3(inputs)
});
export { lessons_verdictwordhalftrue3 as "lessons_verdictWordHalfTrue" }