/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1explanation2Inputs */

const en_lesson_l01cp1explanation2 = /** @type {(inputs: Lesson_L01cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE only marks the message. The server removes marked messages in the UPDATE state, which it enters only when QUIT arrives in TRANSACTION. Until then RSET can unmark it, and a session that ends any other way leaves it on the server.`)
};

/** @type {(inputs: Lesson_L01cp1explanation2Inputs) => LocalizedString} */
const es_lesson_l01cp1explanation2 = en_lesson_l01cp1explanation2;

/** @type {(inputs: Lesson_L01cp1explanation2Inputs) => LocalizedString} */
const de_lesson_l01cp1explanation2 = en_lesson_l01cp1explanation2;

/**
* | output |
* | --- |
* | "DELE only marks the message. The server removes marked messages in the UPDATE state, which it enters only when QUIT arrives in TRANSACTION. Until then RSET c..." |
*
* @param {Lesson_L01cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1explanation2 = /** @type {((inputs?: Lesson_L01cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l01cp1explanation2(inputs)
	return en_lesson_l01cp1explanation2(inputs)
});
export { lesson_l01cp1explanation2 as "lesson_l01Cp1Explanation" }