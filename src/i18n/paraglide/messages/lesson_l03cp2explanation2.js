/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2explanation2Inputs */

const en_lesson_l03cp2explanation2 = /** @type {(inputs: Lesson_L03cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In delete-on-download mode the client keeps no memory of what it has: it downloads everything the server lists. A drop before QUIT therefore gives duplicates, never loss. Loss needs something else: a client that confirms before its copy is durable, a stale message number, or a server that deletes on its own.`)
};

/** @type {(inputs: Lesson_L03cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l03cp2explanation2 = en_lesson_l03cp2explanation2;

/** @type {(inputs: Lesson_L03cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l03cp2explanation2 = en_lesson_l03cp2explanation2;

/**
* | output |
* | --- |
* | "In delete-on-download mode the client keeps no memory of what it has: it downloads everything the server lists. A drop before QUIT therefore gives duplicates..." |
*
* @param {Lesson_L03cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2explanation2 = /** @type {((inputs?: Lesson_L03cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l03cp2explanation2(inputs)
	return en_lesson_l03cp2explanation2(inputs)
});
export { lesson_l03cp2explanation2 as "lesson_l03Cp2Explanation" }