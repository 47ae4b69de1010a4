/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1explanation2Inputs */

const en_lesson_l07cp1explanation2 = /** @type {(inputs: Lesson_L07cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message numbers are assigned afresh in each session, and sizes are not identities. Only the unique-id of UIDL persists across sessions; UIDL is optional, so a client or a server without it turns leave-on-server into download-everything-every-time.`)
};

/** @type {(inputs: Lesson_L07cp1explanation2Inputs) => LocalizedString} */
const es_lesson_l07cp1explanation2 = en_lesson_l07cp1explanation2;

/** @type {(inputs: Lesson_L07cp1explanation2Inputs) => LocalizedString} */
const de_lesson_l07cp1explanation2 = en_lesson_l07cp1explanation2;

/**
* | output |
* | --- |
* | "Message numbers are assigned afresh in each session, and sizes are not identities. Only the unique-id of UIDL persists across sessions; UIDL is optional, so ..." |
*
* @param {Lesson_L07cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1explanation2 = /** @type {((inputs?: Lesson_L07cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l07cp1explanation2(inputs)
	return en_lesson_l07cp1explanation2(inputs)
});
export { lesson_l07cp1explanation2 as "lesson_l07Cp1Explanation" }