/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12solution1Inputs */

const en_lesson_l12solution1 = /** @type {(inputs: Lesson_L12solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in with AUTH CRAM-MD5 (RFC 2195): the server sends a challenge, and the client answers with its user name and an HMAC-MD5 of the challenge keyed with the password. Like APOP it cannot be replayed but a short password can be guessed offline; only TLS hides the session itself.`)
};

/** @type {(inputs: Lesson_L12solution1Inputs) => LocalizedString} */
const es_lesson_l12solution1 = en_lesson_l12solution1;

/** @type {(inputs: Lesson_L12solution1Inputs) => LocalizedString} */
const de_lesson_l12solution1 = en_lesson_l12solution1;

/**
* | output |
* | --- |
* | "Log in with AUTH CRAM-MD5 (RFC 2195): the server sends a challenge, and the client answers with its user name and an HMAC-MD5 of the challenge keyed with the..." |
*
* @param {Lesson_L12solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12solution1 = /** @type {((inputs?: Lesson_L12solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12solution1(inputs)
	if (locale === "de") return de_lesson_l12solution1(inputs)
	return en_lesson_l12solution1(inputs)
});
export { lesson_l12solution1 as "lesson_l12Solution" }