/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimmultidevicefacts4Inputs */

const en_lesson_l10claimmultidevicefacts4 = /** @type {(inputs: Lesson_L10claimmultidevicefacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 keeps no per-device state: several devices can each download the mail only if each leaves it on the server and remembers UIDs (RFC 1939 §7); with delete on download the first device takes everything. Read state, flags and folders are never shared: RFC 1939 §8 points to IMAP for that.`)
};

/** @type {(inputs: Lesson_L10claimmultidevicefacts4Inputs) => LocalizedString} */
const es_lesson_l10claimmultidevicefacts4 = en_lesson_l10claimmultidevicefacts4;

/** @type {(inputs: Lesson_L10claimmultidevicefacts4Inputs) => LocalizedString} */
const de_lesson_l10claimmultidevicefacts4 = en_lesson_l10claimmultidevicefacts4;

/**
* | output |
* | --- |
* | "POP3 keeps no per-device state: several devices can each download the mail only if each leaves it on the server and remembers UIDs (RFC 1939 §7); with delete..." |
*
* @param {Lesson_L10claimmultidevicefacts4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimmultidevicefacts4 = /** @type {((inputs?: Lesson_L10claimmultidevicefacts4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimmultidevicefacts4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimmultidevicefacts4(inputs)
	if (locale === "de") return de_lesson_l10claimmultidevicefacts4(inputs)
	return en_lesson_l10claimmultidevicefacts4(inputs)
});
export { lesson_l10claimmultidevicefacts4 as "lesson_l10ClaimMultiDeviceFacts" }