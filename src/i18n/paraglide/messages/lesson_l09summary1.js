/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09summary1Inputs */

const en_lesson_l09summary1 = /** @type {(inputs: Lesson_L09summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Base POP3 has no encryption (RFC 1939 §13). Read the channel the way an eavesdropper would, then switch the laptop to a login that keeps the password off the wire, and ask what it still gives away.`)
};

/** @type {(inputs: Lesson_L09summary1Inputs) => LocalizedString} */
const es_lesson_l09summary1 = en_lesson_l09summary1;

/** @type {(inputs: Lesson_L09summary1Inputs) => LocalizedString} */
const de_lesson_l09summary1 = en_lesson_l09summary1;

/**
* | output |
* | --- |
* | "Base POP3 has no encryption (RFC 1939 §13). Read the channel the way an eavesdropper would, then switch the laptop to a login that keeps the password off the..." |
*
* @param {Lesson_L09summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09summary1 = /** @type {((inputs?: Lesson_L09summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09summary1(inputs)
	if (locale === "de") return de_lesson_l09summary1(inputs)
	return en_lesson_l09summary1(inputs)
});
export { lesson_l09summary1 as "lesson_l09Summary" }