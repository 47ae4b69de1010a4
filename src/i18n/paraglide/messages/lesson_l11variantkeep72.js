/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantkeep72Inputs */

const en_lesson_l11variantkeep72 = /** @type {(inputs: Lesson_L11variantkeep72Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: delete from the server after 7 days`)
};

const es_lesson_l11variantkeep72 = /** @type {(inputs: Lesson_L11variantkeep72Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: borrar del servidor a los 7 días`)
};

const de_lesson_l11variantkeep72 = /** @type {(inputs: Lesson_L11variantkeep72Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: nach 7 Tagen vom Server löschen`)
};

/**
* | output |
* | --- |
* | "Laptop: delete from the server after 7 days" |
*
* @param {Lesson_L11variantkeep72Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11variantkeep72 = /** @type {((inputs?: Lesson_L11variantkeep72Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11variantkeep72Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11variantkeep72(inputs)
	if (locale === "de") return de_lesson_l11variantkeep72(inputs)
	return en_lesson_l11variantkeep72(inputs)
});
export { lesson_l11variantkeep72 as "lesson_l11VariantKeep7" }