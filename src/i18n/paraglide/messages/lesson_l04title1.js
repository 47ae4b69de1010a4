/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04title1Inputs */

const en_lesson_l04title1 = /** @type {(inputs: Lesson_L04title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT arrives, its reply does not`)
};

const es_lesson_l04title1 = /** @type {(inputs: Lesson_L04title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT llega; su respuesta, no`)
};

const de_lesson_l04title1 = /** @type {(inputs: Lesson_L04title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT kommt an, die Antwort nicht`)
};

/**
* | output |
* | --- |
* | "QUIT arrives, its reply does not" |
*
* @param {Lesson_L04title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04title1 = /** @type {((inputs?: Lesson_L04title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04title1(inputs)
	if (locale === "de") return de_lesson_l04title1(inputs)
	return en_lesson_l04title1(inputs)
});
export { lesson_l04title1 as "lesson_l04Title" }