/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13summary1Inputs */

const en_lesson_l13summary1 = /** @type {(inputs: Lesson_L13summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail reaches alice's server by SMTP, and her mail server files it in the maildrop; her clients send new mail by submission, on port 587 or 465. POP and IMAP only read the maildrop, in very different ways. Here a laptop and a phone read one maildrop with POP3: find the setting in which both get every message, and predict what POP cannot share between them.`)
};

/** @type {(inputs: Lesson_L13summary1Inputs) => LocalizedString} */
const es_lesson_l13summary1 = en_lesson_l13summary1;

/** @type {(inputs: Lesson_L13summary1Inputs) => LocalizedString} */
const de_lesson_l13summary1 = en_lesson_l13summary1;

/**
* | output |
* | --- |
* | "Mail reaches alice's server by SMTP, and her mail server files it in the maildrop; her clients send new mail by submission, on port 587 or 465. POP and IMAP ..." |
*
* @param {Lesson_L13summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13summary1 = /** @type {((inputs?: Lesson_L13summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13summary1(inputs)
	if (locale === "de") return de_lesson_l13summary1(inputs)
	return en_lesson_l13summary1(inputs)
});
export { lesson_l13summary1 as "lesson_l13Summary" }