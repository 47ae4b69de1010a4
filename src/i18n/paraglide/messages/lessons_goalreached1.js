/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Goalreached1Inputs */

const en_lessons_goalreached1 = /** @type {(inputs: Lessons_Goalreached1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Goal reached`)
};

const es_lessons_goalreached1 = /** @type {(inputs: Lessons_Goalreached1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objetivo cumplido`)
};

const de_lessons_goalreached1 = /** @type {(inputs: Lessons_Goalreached1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ziel erreicht`)
};

/**
* | output |
* | --- |
* | "Goal reached" |
*
* @param {Lessons_Goalreached1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_goalreached1 = /** @type {((inputs?: Lessons_Goalreached1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Goalreached1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_goalreached1(inputs)
	if (locale === "de") return de_lessons_goalreached1(inputs)
	return en_lessons_goalreached1(inputs)
});
export { lessons_goalreached1 as "lessons_goalReached" }