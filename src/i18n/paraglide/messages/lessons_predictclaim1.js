/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Predictclaim1Inputs */

const en_lessons_predictclaim1 = /** @type {(inputs: Lessons_Predictclaim1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predict`)
};

const es_lessons_predictclaim1 = /** @type {(inputs: Lessons_Predictclaim1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predecir`)
};

const de_lessons_predictclaim1 = /** @type {(inputs: Lessons_Predictclaim1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorhersagen`)
};

/**
* | output |
* | --- |
* | "Predict" |
*
* @param {Lessons_Predictclaim1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_predictclaim1 = /** @type {((inputs?: Lessons_Predictclaim1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Predictclaim1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_predictclaim1(inputs)
	if (locale === "de") return de_lessons_predictclaim1(inputs)
	return en_lessons_predictclaim1(inputs)
});
export { lessons_predictclaim1 as "lessons_predictClaim" }