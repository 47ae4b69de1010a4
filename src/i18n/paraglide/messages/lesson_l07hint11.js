/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07hint11Inputs */

const en_lesson_l07hint11 = /** @type {(inputs: Lesson_L07hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message numbers last only one session (RFC 1939 §4): "message 2" next time may be another message.`)
};

/** @type {(inputs: Lesson_L07hint11Inputs) => LocalizedString} */
const es_lesson_l07hint11 = en_lesson_l07hint11;

/** @type {(inputs: Lesson_L07hint11Inputs) => LocalizedString} */
const de_lesson_l07hint11 = en_lesson_l07hint11;

/**
* | output |
* | --- |
* | "Message numbers last only one session (RFC 1939 §4): \"message 2\" next time may be another message." |
*
* @param {Lesson_L07hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07hint11 = /** @type {((inputs?: Lesson_L07hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07hint11(inputs)
	if (locale === "de") return de_lesson_l07hint11(inputs)
	return en_lesson_l07hint11(inputs)
});
export { lesson_l07hint11 as "lesson_l07Hint1" }