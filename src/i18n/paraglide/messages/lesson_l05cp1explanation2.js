/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1explanation2Inputs */

const en_lesson_l05cp1explanation2 = /** @type {(inputs: Lesson_L05cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client confirms first and writes later (commit order "unsafe"). Its copy is volatile until the write completes; the server cannot know, since DELE says nothing about the client's disk. A safe client writes and syncs the message first, then sends DELE.`)
};

/** @type {(inputs: Lesson_L05cp1explanation2Inputs) => LocalizedString} */
const es_lesson_l05cp1explanation2 = en_lesson_l05cp1explanation2;

/** @type {(inputs: Lesson_L05cp1explanation2Inputs) => LocalizedString} */
const de_lesson_l05cp1explanation2 = en_lesson_l05cp1explanation2;

/**
* | output |
* | --- |
* | "This client confirms first and writes later (commit order \"unsafe\"). Its copy is volatile until the write completes; the server cannot know, since DELE says ..." |
*
* @param {Lesson_L05cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1explanation2 = /** @type {((inputs?: Lesson_L05cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l05cp1explanation2(inputs)
	return en_lesson_l05cp1explanation2(inputs)
});
export { lesson_l05cp1explanation2 as "lesson_l05Cp1Explanation" }