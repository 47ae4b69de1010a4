/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Nodemo1Inputs */

const en_lessons_nodemo1 = /** @type {(inputs: Lessons_Nodemo1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No demonstration:`)
};

const es_lessons_nodemo1 = /** @type {(inputs: Lessons_Nodemo1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin demostración:`)
};

const de_lessons_nodemo1 = /** @type {(inputs: Lessons_Nodemo1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Vorführung:`)
};

/**
* | output |
* | --- |
* | "No demonstration:" |
*
* @param {Lessons_Nodemo1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_nodemo1 = /** @type {((inputs?: Lessons_Nodemo1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Nodemo1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_nodemo1(inputs)
	if (locale === "de") return de_lessons_nodemo1(inputs)
	return en_lessons_nodemo1(inputs)
});
export { lessons_nodemo1 as "lessons_noDemo" }