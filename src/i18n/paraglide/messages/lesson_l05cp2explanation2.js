/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2explanation2Inputs */

const en_lesson_l05cp2explanation2 = /** @type {(inputs: Lesson_L05cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After UPDATE the server has nothing left. The client confirmed (DELE) before its copy was durable, so the crash destroys the last copy. This is one way POP loses mail, not the only one: stale message numbers (F18), pipelined RETR and DELE (F8), a server that expunges at DELE and then crashes, and server deletion policy (F11, F13) are others.`)
};

/** @type {(inputs: Lesson_L05cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l05cp2explanation2 = en_lesson_l05cp2explanation2;

/** @type {(inputs: Lesson_L05cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l05cp2explanation2 = en_lesson_l05cp2explanation2;

/**
* | output |
* | --- |
* | "After UPDATE the server has nothing left. The client confirmed (DELE) before its copy was durable, so the crash destroys the last copy. This is one way POP l..." |
*
* @param {Lesson_L05cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2explanation2 = /** @type {((inputs?: Lesson_L05cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l05cp2explanation2(inputs)
	return en_lesson_l05cp2explanation2(inputs)
});
export { lesson_l05cp2explanation2 as "lesson_l05Cp2Explanation" }