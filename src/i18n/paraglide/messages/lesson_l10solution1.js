/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10solution1Inputs */

const en_lesson_l10solution1 = /** @type {(inputs: Lesson_L10solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server". The POP1 client sends RETR (read and keep) instead of RDEL; RCVD then confirms receipt and the server keeps the mailbox (RFC 918).`)
};

/** @type {(inputs: Lesson_L10solution1Inputs) => LocalizedString} */
const es_lesson_l10solution1 = en_lesson_l10solution1;

/** @type {(inputs: Lesson_L10solution1Inputs) => LocalizedString} */
const de_lesson_l10solution1 = en_lesson_l10solution1;

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\". The POP1 client sends RETR (read and keep) instead of RDEL; RCVD then confirms receipt and the server keeps the mailbox (..." |
*
* @param {Lesson_L10solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10solution1 = /** @type {((inputs?: Lesson_L10solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10solution1(inputs)
	if (locale === "de") return de_lesson_l10solution1(inputs)
	return en_lesson_l10solution1(inputs)
});
export { lesson_l10solution1 as "lesson_l10Solution" }