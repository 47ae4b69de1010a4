/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantkeep142Inputs */

const en_lesson_l11variantkeep142 = /** @type {(inputs: Lesson_L11variantkeep142Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: delete from the server after 14 days (Thunderbird's default)`)
};

const es_lesson_l11variantkeep142 = /** @type {(inputs: Lesson_L11variantkeep142Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: borrar del servidor a los 14 días (lo que Thunderbird trae por defecto)`)
};

const de_lesson_l11variantkeep142 = /** @type {(inputs: Lesson_L11variantkeep142Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: nach 14 Tagen vom Server löschen (Thunderbirds Voreinstellung)`)
};

/**
* | output |
* | --- |
* | "Laptop: delete from the server after 14 days (Thunderbird's default)" |
*
* @param {Lesson_L11variantkeep142Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11variantkeep142 = /** @type {((inputs?: Lesson_L11variantkeep142Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11variantkeep142Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11variantkeep142(inputs)
	if (locale === "de") return de_lesson_l11variantkeep142(inputs)
	return en_lesson_l11variantkeep142(inputs)
});
export { lesson_l11variantkeep142 as "lesson_l11VariantKeep14" }