/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantkeep302Inputs */

const en_lesson_l11variantkeep302 = /** @type {(inputs: Lesson_L11variantkeep302Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: delete from the server after 30 days`)
};

/** @type {(inputs: Lesson_L11variantkeep302Inputs) => LocalizedString} */
const es_lesson_l11variantkeep302 = en_lesson_l11variantkeep302;

/** @type {(inputs: Lesson_L11variantkeep302Inputs) => LocalizedString} */
const de_lesson_l11variantkeep302 = en_lesson_l11variantkeep302;

/**
* | output |
* | --- |
* | "Laptop: delete from the server after 30 days" |
*
* @param {Lesson_L11variantkeep302Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11variantkeep302 = /** @type {((inputs?: Lesson_L11variantkeep302Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11variantkeep302Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11variantkeep302(inputs)
	if (locale === "de") return de_lesson_l11variantkeep302(inputs)
	return en_lesson_l11variantkeep302(inputs)
});
export { lesson_l11variantkeep302 as "lesson_l11VariantKeep30" }