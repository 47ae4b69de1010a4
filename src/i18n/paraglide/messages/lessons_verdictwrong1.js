/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdictwrong1Inputs */

const en_lessons_verdictwrong1 = /** @type {(inputs: Lessons_Verdictwrong1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wrong`)
};

const es_lessons_verdictwrong1 = /** @type {(inputs: Lessons_Verdictwrong1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falsa`)
};

const de_lessons_verdictwrong1 = /** @type {(inputs: Lessons_Verdictwrong1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falsch`)
};

/**
* | output |
* | --- |
* | "Wrong" |
*
* @param {Lessons_Verdictwrong1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdictwrong1 = /** @type {((inputs?: Lessons_Verdictwrong1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdictwrong1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdictwrong1(inputs)
	if (locale === "de") return de_lessons_verdictwrong1(inputs)
	return en_lessons_verdictwrong1(inputs)
});
export { lessons_verdictwrong1 as "lessons_verdictWrong" }