/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimpersistentwatch3Inputs */

const en_lesson_l10claimpersistentwatch3 = /** @type {(inputs: Lesson_L10claimpersistentwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Count the commands on one connection, then watch what the server does when the client stays silent.`)
};

/** @type {(inputs: Lesson_L10claimpersistentwatch3Inputs) => LocalizedString} */
const es_lesson_l10claimpersistentwatch3 = en_lesson_l10claimpersistentwatch3;

/** @type {(inputs: Lesson_L10claimpersistentwatch3Inputs) => LocalizedString} */
const de_lesson_l10claimpersistentwatch3 = en_lesson_l10claimpersistentwatch3;

/**
* | output |
* | --- |
* | "Count the commands on one connection, then watch what the server does when the client stays silent." |
*
* @param {Lesson_L10claimpersistentwatch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimpersistentwatch3 = /** @type {((inputs?: Lesson_L10claimpersistentwatch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimpersistentwatch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimpersistentwatch3(inputs)
	if (locale === "de") return de_lesson_l10claimpersistentwatch3(inputs)
	return en_lesson_l10claimpersistentwatch3(inputs)
});
export { lesson_l10claimpersistentwatch3 as "lesson_l10ClaimPersistentWatch" }