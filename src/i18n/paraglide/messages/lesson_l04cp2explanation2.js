/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2explanation2Inputs */

const en_lesson_l04cp2explanation2 = /** @type {(inputs: Lesson_L04cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server committed at QUIT, so the messages are gone from the maildrop; the laptop's copies were durable before it sent DELE, so each message exists exactly once. A POP3 server never waits for the client to acknowledge a reply.`)
};

/** @type {(inputs: Lesson_L04cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l04cp2explanation2 = en_lesson_l04cp2explanation2;

/** @type {(inputs: Lesson_L04cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l04cp2explanation2 = en_lesson_l04cp2explanation2;

/**
* | output |
* | --- |
* | "The server committed at QUIT, so the messages are gone from the maildrop; the laptop's copies were durable before it sent DELE, so each message exists exactl..." |
*
* @param {Lesson_L04cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2explanation2 = /** @type {((inputs?: Lesson_L04cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l04cp2explanation2(inputs)
	return en_lesson_l04cp2explanation2(inputs)
});
export { lesson_l04cp2explanation2 as "lesson_l04Cp2Explanation" }