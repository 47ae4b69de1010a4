/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15hint11Inputs */

const en_lesson_l15hint11 = /** @type {(inputs: Lesson_L15hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A message is safe on the laptop only once its copy is on disk. Ask when the server removes a message (RFC 1939 §6).`)
};

/** @type {(inputs: Lesson_L15hint11Inputs) => LocalizedString} */
const es_lesson_l15hint11 = en_lesson_l15hint11;

/** @type {(inputs: Lesson_L15hint11Inputs) => LocalizedString} */
const de_lesson_l15hint11 = en_lesson_l15hint11;

/**
* | output |
* | --- |
* | "A message is safe on the laptop only once its copy is on disk. Ask when the server removes a message (RFC 1939 §6)." |
*
* @param {Lesson_L15hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15hint11 = /** @type {((inputs?: Lesson_L15hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15hint11(inputs)
	if (locale === "de") return de_lesson_l15hint11(inputs)
	return en_lesson_l15hint11(inputs)
});
export { lesson_l15hint11 as "lesson_l15Hint1" }