/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2choicelost3Inputs */

const en_lesson_l03cp2choicelost3 = /** @type {(inputs: Lesson_L03cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost: 3. The laptop's first copies are thrown away.`)
};

const es_lesson_l03cp2choicelost3 = /** @type {(inputs: Lesson_L03cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Perdidos: 3. Las primeras copias del portátil se tiran.`)
};

const de_lesson_l03cp2choicelost3 = /** @type {(inputs: Lesson_L03cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verloren: 3. Die ersten Kopien des Laptops werden weggeworfen.`)
};

/**
* | output |
* | --- |
* | "Lost: 3. The laptop's first copies are thrown away." |
*
* @param {Lesson_L03cp2choicelost3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2choicelost3 = /** @type {((inputs?: Lesson_L03cp2choicelost3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2choicelost3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2choicelost3(inputs)
	if (locale === "de") return de_lesson_l03cp2choicelost3(inputs)
	return en_lesson_l03cp2choicelost3(inputs)
});
export { lesson_l03cp2choicelost3 as "lesson_l03Cp2ChoiceLost" }