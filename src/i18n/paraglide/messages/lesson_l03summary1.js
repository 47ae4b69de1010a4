/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03summary1Inputs */

const en_lesson_l03summary1 = /** @type {(inputs: Lesson_L03summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Popular articles say a broken connection loses mail. Try it: let the laptop save every message and send DELE for each, drop its connection just before it sends QUIT, and let it poll again later.`)
};

/** @type {(inputs: Lesson_L03summary1Inputs) => LocalizedString} */
const es_lesson_l03summary1 = en_lesson_l03summary1;

/** @type {(inputs: Lesson_L03summary1Inputs) => LocalizedString} */
const de_lesson_l03summary1 = en_lesson_l03summary1;

/**
* | output |
* | --- |
* | "Popular articles say a broken connection loses mail. Try it: let the laptop save every message and send DELE for each, drop its connection just before it sen..." |
*
* @param {Lesson_L03summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03summary1 = /** @type {((inputs?: Lesson_L03summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03summary1(inputs)
	if (locale === "de") return de_lesson_l03summary1(inputs)
	return en_lesson_l03summary1(inputs)
});
export { lesson_l03summary1 as "lesson_l03Summary" }