/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09step31Inputs */

const en_lesson_l09step31 = /** @type {(inputs: Lesson_L09step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change the laptop to authenticate with APOP (or CRAM-MD5, RFC 2195) and play again. Its login line is now "APOP alice" and a 32-digit hex digest.`)
};

/** @type {(inputs: Lesson_L09step31Inputs) => LocalizedString} */
const es_lesson_l09step31 = en_lesson_l09step31;

/** @type {(inputs: Lesson_L09step31Inputs) => LocalizedString} */
const de_lesson_l09step31 = en_lesson_l09step31;

/**
* | output |
* | --- |
* | "Change the laptop to authenticate with APOP (or CRAM-MD5, RFC 2195) and play again. Its login line is now \"APOP alice\" and a 32-digit hex digest." |
*
* @param {Lesson_L09step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09step31 = /** @type {((inputs?: Lesson_L09step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09step31(inputs)
	if (locale === "de") return de_lesson_l09step31(inputs)
	return en_lesson_l09step31(inputs)
});
export { lesson_l09step31 as "lesson_l09Step3" }