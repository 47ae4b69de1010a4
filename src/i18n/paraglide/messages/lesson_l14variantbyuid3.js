/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14variantbyuid3Inputs */

const en_lesson_l14variantbyuid3 = /** @type {(inputs: Lesson_L14variantbyuid3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone: remembers deletions by unique-id (UIDL)`)
};

const es_lesson_l14variantbyuid3 = /** @type {(inputs: Lesson_L14variantbyuid3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Móvil: recuerda los borrados por identificador único (UIDL)`)
};

const de_lesson_l14variantbyuid3 = /** @type {(inputs: Lesson_L14variantbyuid3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handy: merkt sich Löschungen nach eindeutiger ID (UIDL)`)
};

/**
* | output |
* | --- |
* | "Phone: remembers deletions by unique-id (UIDL)" |
*
* @param {Lesson_L14variantbyuid3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14variantbyuid3 = /** @type {((inputs?: Lesson_L14variantbyuid3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14variantbyuid3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14variantbyuid3(inputs)
	if (locale === "de") return de_lesson_l14variantbyuid3(inputs)
	return en_lesson_l14variantbyuid3(inputs)
});
export { lesson_l14variantbyuid3 as "lesson_l14VariantByUid" }