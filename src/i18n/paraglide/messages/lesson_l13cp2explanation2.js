/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2explanation2Inputs */

const en_lesson_l13cp2explanation2 = /** @type {(inputs: Lesson_L13cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP3 server knows nothing of what a client has read or where it filed a message; it offers one maildrop, and each client keeps its own state. The UIDs tell a client only which messages it already has.`)
};

/** @type {(inputs: Lesson_L13cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l13cp2explanation2 = en_lesson_l13cp2explanation2;

/** @type {(inputs: Lesson_L13cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l13cp2explanation2 = en_lesson_l13cp2explanation2;

/**
* | output |
* | --- |
* | "The POP3 server knows nothing of what a client has read or where it filed a message; it offers one maildrop, and each client keeps its own state. The UIDs te..." |
*
* @param {Lesson_L13cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2explanation2 = /** @type {((inputs?: Lesson_L13cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l13cp2explanation2(inputs)
	return en_lesson_l13cp2explanation2(inputs)
});
export { lesson_l13cp2explanation2 as "lesson_l13Cp2Explanation" }