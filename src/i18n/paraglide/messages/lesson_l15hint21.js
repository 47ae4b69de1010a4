/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15hint21Inputs */

const en_lesson_l15hint21 = /** @type {(inputs: Lesson_L15hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In the map, compare the two commit orders at the step where the server reads QUIT.`)
};

/** @type {(inputs: Lesson_L15hint21Inputs) => LocalizedString} */
const es_lesson_l15hint21 = en_lesson_l15hint21;

/** @type {(inputs: Lesson_L15hint21Inputs) => LocalizedString} */
const de_lesson_l15hint21 = en_lesson_l15hint21;

/**
* | output |
* | --- |
* | "In the map, compare the two commit orders at the step where the server reads QUIT." |
*
* @param {Lesson_L15hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15hint21 = /** @type {((inputs?: Lesson_L15hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15hint21(inputs)
	if (locale === "de") return de_lesson_l15hint21(inputs)
	return en_lesson_l15hint21(inputs)
});
export { lesson_l15hint21 as "lesson_l15Hint2" }