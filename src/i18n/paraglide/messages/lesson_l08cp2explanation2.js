/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2explanation2Inputs */

const en_lesson_l08cp2explanation2 = /** @type {(inputs: Lesson_L08cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RDEL only announces the intent. The server deletes when it handles RCVD, the client's confirmation after receipt. A drop before RCVD deletes nothing, so the whole mailbox is duplicated next time, never lost: the same idea as POP3's QUIT. POP3 came four years after POP1 (RFC 1081, 1988); the explicit rule that a session ending without QUIT commits nothing was written down ten years after RFC 918 (RFC 1725, 1994).`)
};

/** @type {(inputs: Lesson_L08cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l08cp2explanation2 = en_lesson_l08cp2explanation2;

/** @type {(inputs: Lesson_L08cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l08cp2explanation2 = en_lesson_l08cp2explanation2;

/**
* | output |
* | --- |
* | "RDEL only announces the intent. The server deletes when it handles RCVD, the client's confirmation after receipt. A drop before RCVD deletes nothing, so the ..." |
*
* @param {Lesson_L08cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2explanation2 = /** @type {((inputs?: Lesson_L08cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l08cp2explanation2(inputs)
	return en_lesson_l08cp2explanation2(inputs)
});
export { lesson_l08cp2explanation2 as "lesson_l08Cp2Explanation" }