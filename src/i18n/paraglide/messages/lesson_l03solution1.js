/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03solution1Inputs */

const en_lesson_l03solution1 = /** @type {(inputs: Lesson_L03solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause just before the laptop sends QUIT and press "Drop connection". The server never sees QUIT, so it never enters UPDATE: the three marks are dropped, and the second poll downloads all three again: duplicates, never loss.`)
};

/** @type {(inputs: Lesson_L03solution1Inputs) => LocalizedString} */
const es_lesson_l03solution1 = en_lesson_l03solution1;

/** @type {(inputs: Lesson_L03solution1Inputs) => LocalizedString} */
const de_lesson_l03solution1 = en_lesson_l03solution1;

/**
* | output |
* | --- |
* | "Pause just before the laptop sends QUIT and press \"Drop connection\". The server never sees QUIT, so it never enters UPDATE: the three marks are dropped, and ..." |
*
* @param {Lesson_L03solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03solution1 = /** @type {((inputs?: Lesson_L03solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03solution1(inputs)
	if (locale === "de") return de_lesson_l03solution1(inputs)
	return en_lesson_l03solution1(inputs)
});
export { lesson_l03solution1 as "lesson_l03Solution" }