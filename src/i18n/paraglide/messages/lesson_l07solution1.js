/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07solution1Inputs */

const en_lesson_l07solution1 = /** @type {(inputs: Lesson_L07solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Delete on download". Without a stable identity, only removing downloaded messages (DELE + QUIT) prevents duplicates; that is the use POP3 was designed for.`)
};

/** @type {(inputs: Lesson_L07solution1Inputs) => LocalizedString} */
const es_lesson_l07solution1 = en_lesson_l07solution1;

/** @type {(inputs: Lesson_L07solution1Inputs) => LocalizedString} */
const de_lesson_l07solution1 = en_lesson_l07solution1;

/**
* | output |
* | --- |
* | "Set Retention to \"Delete on download\". Without a stable identity, only removing downloaded messages (DELE + QUIT) prevents duplicates; that is the use POP3 w..." |
*
* @param {Lesson_L07solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07solution1 = /** @type {((inputs?: Lesson_L07solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07solution1(inputs)
	if (locale === "de") return de_lesson_l07solution1(inputs)
	return en_lesson_l07solution1(inputs)
});
export { lesson_l07solution1 as "lesson_l07Solution" }