/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09hint11Inputs */

const en_lesson_l09hint11 = /** @type {(inputs: Lesson_L09hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The greeting "+OK POP3 server ready <...>" carries a timestamp: that is the server offering APOP.`)
};

/** @type {(inputs: Lesson_L09hint11Inputs) => LocalizedString} */
const es_lesson_l09hint11 = en_lesson_l09hint11;

/** @type {(inputs: Lesson_L09hint11Inputs) => LocalizedString} */
const de_lesson_l09hint11 = en_lesson_l09hint11;

/**
* | output |
* | --- |
* | "The greeting \"+OK POP3 server ready <...>\" carries a timestamp: that is the server offering APOP." |
*
* @param {Lesson_L09hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09hint11 = /** @type {((inputs?: Lesson_L09hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09hint11(inputs)
	if (locale === "de") return de_lesson_l09hint11(inputs)
	return en_lesson_l09hint11(inputs)
});
export { lesson_l09hint11 as "lesson_l09Hint1" }