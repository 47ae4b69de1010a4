/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantdeletedhere3Inputs */

const en_lesson_l11variantdeletedhere3 = /** @type {(inputs: Lesson_L11variantdeletedhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: never by age, but delete from the server what I delete here (message 2, read and deleted on day 3)`)
};

/** @type {(inputs: Lesson_L11variantdeletedhere3Inputs) => LocalizedString} */
const es_lesson_l11variantdeletedhere3 = en_lesson_l11variantdeletedhere3;

/** @type {(inputs: Lesson_L11variantdeletedhere3Inputs) => LocalizedString} */
const de_lesson_l11variantdeletedhere3 = en_lesson_l11variantdeletedhere3;

/**
* | output |
* | --- |
* | "Laptop: never by age, but delete from the server what I delete here (message 2, read and deleted on day 3)" |
*
* @param {Lesson_L11variantdeletedhere3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11variantdeletedhere3 = /** @type {((inputs?: Lesson_L11variantdeletedhere3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11variantdeletedhere3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11variantdeletedhere3(inputs)
	if (locale === "de") return de_lesson_l11variantdeletedhere3(inputs)
	return en_lesson_l11variantdeletedhere3(inputs)
});
export { lesson_l11variantdeletedhere3 as "lesson_l11VariantDeletedHere" }