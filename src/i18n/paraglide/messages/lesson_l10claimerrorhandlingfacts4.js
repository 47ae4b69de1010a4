/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimerrorhandlingfacts4Inputs */

const en_lesson_l10claimerrorhandlingfacts4 = /** @type {(inputs: Lesson_L10claimerrorhandlingfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 already had per-message recovery (NACK: not received, keep it). Core POP3 errors are only +OK and -ERR; machine-readable codes such as [IN-USE] came with RFC 2449 (1998) and RFC 3206 (2002). Deferred deletion is not new either: POP2's ACKD already only marked, and the mailbox changed when it was released (RFC 937). POP3's real gains are RSET, the explicit rule that a session ending without QUIT commits nothing (RFC 1725, now RFC 1939 §6), UIDL (§7), and later CAPA and extended response codes (RFC 2449).`)
};

/** @type {(inputs: Lesson_L10claimerrorhandlingfacts4Inputs) => LocalizedString} */
const es_lesson_l10claimerrorhandlingfacts4 = en_lesson_l10claimerrorhandlingfacts4;

/** @type {(inputs: Lesson_L10claimerrorhandlingfacts4Inputs) => LocalizedString} */
const de_lesson_l10claimerrorhandlingfacts4 = en_lesson_l10claimerrorhandlingfacts4;

/**
* | output |
* | --- |
* | "POP2 already had per-message recovery (NACK: not received, keep it). Core POP3 errors are only +OK and -ERR; machine-readable codes such as [IN-USE] came wit..." |
*
* @param {Lesson_L10claimerrorhandlingfacts4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimerrorhandlingfacts4 = /** @type {((inputs?: Lesson_L10claimerrorhandlingfacts4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimerrorhandlingfacts4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimerrorhandlingfacts4(inputs)
	if (locale === "de") return de_lesson_l10claimerrorhandlingfacts4(inputs)
	return en_lesson_l10claimerrorhandlingfacts4(inputs)
});
export { lesson_l10claimerrorhandlingfacts4 as "lesson_l10ClaimErrorHandlingFacts" }