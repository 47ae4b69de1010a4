/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05title1Inputs */

const en_lesson_l05title1 = /** @type {(inputs: Lesson_L05title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A client in a hurry`)
};

const es_lesson_l05title1 = /** @type {(inputs: Lesson_L05title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente con prisas`)
};

const de_lesson_l05title1 = /** @type {(inputs: Lesson_L05title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Client in Eile`)
};

/**
* | output |
* | --- |
* | "A client in a hurry" |
*
* @param {Lesson_L05title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05title1 = /** @type {((inputs?: Lesson_L05title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05title1(inputs)
	if (locale === "de") return de_lesson_l05title1(inputs)
	return en_lesson_l05title1(inputs)
});
export { lesson_l05title1 as "lesson_l05Title" }