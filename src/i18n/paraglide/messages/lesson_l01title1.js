/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01title1Inputs */

const en_lesson_l01title1 = /** @type {(inputs: Lesson_L01title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your first POP3 session, typed by hand`)
};

const es_lesson_l01title1 = /** @type {(inputs: Lesson_L01title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu primera sesión POP3, escrita a mano`)
};

const de_lesson_l01title1 = /** @type {(inputs: Lesson_L01title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deine erste POP3-Sitzung, von Hand getippt`)
};

/**
* | output |
* | --- |
* | "Your first POP3 session, typed by hand" |
*
* @param {Lesson_L01title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01title1 = /** @type {((inputs?: Lesson_L01title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01title1(inputs)
	if (locale === "de") return de_lesson_l01title1(inputs)
	return en_lesson_l01title1(inputs)
});
export { lesson_l01title1 as "lesson_l01Title" }