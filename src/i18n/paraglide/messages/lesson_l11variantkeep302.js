/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantkeep302Inputs */

const en_lesson_l11variantkeep302 = /** @type {(inputs: Lesson_L11variantkeep302Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: delete from the server after 30 days`)
};

const es_lesson_l11variantkeep302 = /** @type {(inputs: Lesson_L11variantkeep302Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: borrar del servidor a los 30 días`)
};

const de_lesson_l11variantkeep302 = /** @type {(inputs: Lesson_L11variantkeep302Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: nach 30 Tagen vom Server löschen`)
};

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