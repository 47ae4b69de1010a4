/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantkeepforever3Inputs */

const en_lesson_l11variantkeepforever3 = /** @type {(inputs: Lesson_L11variantkeepforever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: never delete from the server`)
};

const es_lesson_l11variantkeepforever3 = /** @type {(inputs: Lesson_L11variantkeepforever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: no borrar nunca del servidor`)
};

const de_lesson_l11variantkeepforever3 = /** @type {(inputs: Lesson_L11variantkeepforever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: nie vom Server löschen`)
};

/**
* | output |
* | --- |
* | "Laptop: never delete from the server" |
*
* @param {Lesson_L11variantkeepforever3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11variantkeepforever3 = /** @type {((inputs?: Lesson_L11variantkeepforever3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11variantkeepforever3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11variantkeepforever3(inputs)
	if (locale === "de") return de_lesson_l11variantkeepforever3(inputs)
	return en_lesson_l11variantkeepforever3(inputs)
});
export { lesson_l11variantkeepforever3 as "lesson_l11VariantKeepForever" }