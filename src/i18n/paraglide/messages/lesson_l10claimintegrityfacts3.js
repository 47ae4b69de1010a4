/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimintegrityfacts3Inputs */

const en_lesson_l10claimintegrityfacts3 = /** @type {(inputs: Lesson_L10claimintegrityfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 promises one thing: the server removes nothing unless QUIT commits. A dropped connection therefore gives duplicates, not loss. But a client that confirms before its copy is durable loses mail when it crashes after QUIT (F7), and so do stale message numbers, pipelining, and non-conformant servers. POP3 has no checksum either: the octets are only as good as TCP and dot-stuffing.`)
};

/** @type {(inputs: Lesson_L10claimintegrityfacts3Inputs) => LocalizedString} */
const es_lesson_l10claimintegrityfacts3 = en_lesson_l10claimintegrityfacts3;

/** @type {(inputs: Lesson_L10claimintegrityfacts3Inputs) => LocalizedString} */
const de_lesson_l10claimintegrityfacts3 = en_lesson_l10claimintegrityfacts3;

/**
* | output |
* | --- |
* | "POP3 promises one thing: the server removes nothing unless QUIT commits. A dropped connection therefore gives duplicates, not loss. But a client that confirm..." |
*
* @param {Lesson_L10claimintegrityfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimintegrityfacts3 = /** @type {((inputs?: Lesson_L10claimintegrityfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimintegrityfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimintegrityfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimintegrityfacts3(inputs)
	return en_lesson_l10claimintegrityfacts3(inputs)
});
export { lesson_l10claimintegrityfacts3 as "lesson_l10ClaimIntegrityFacts" }