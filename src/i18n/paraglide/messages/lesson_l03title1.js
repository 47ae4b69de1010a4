/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03title1Inputs */

const en_lesson_l03title1 = /** @type {(inputs: Lesson_L03title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A connection that drops before QUIT`)
};

const es_lesson_l03title1 = /** @type {(inputs: Lesson_L03title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una conexión que se corta antes de QUIT`)
};

const de_lesson_l03title1 = /** @type {(inputs: Lesson_L03title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Verbindung, die vor QUIT abbricht`)
};

/**
* | output |
* | --- |
* | "A connection that drops before QUIT" |
*
* @param {Lesson_L03title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03title1 = /** @type {((inputs?: Lesson_L03title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03title1(inputs)
	if (locale === "de") return de_lesson_l03title1(inputs)
	return en_lesson_l03title1(inputs)
});
export { lesson_l03title1 as "lesson_l03Title" }