/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14variantbynumber3Inputs */

const en_lesson_l14variantbynumber3 = /** @type {(inputs: Lesson_L14variantbynumber3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone: remembers deletions by message number`)
};

const es_lesson_l14variantbynumber3 = /** @type {(inputs: Lesson_L14variantbynumber3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Móvil: recuerda los borrados por número de mensaje`)
};

const de_lesson_l14variantbynumber3 = /** @type {(inputs: Lesson_L14variantbynumber3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handy: merkt sich Löschungen nach Nachrichtennummer`)
};

/**
* | output |
* | --- |
* | "Phone: remembers deletions by message number" |
*
* @param {Lesson_L14variantbynumber3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14variantbynumber3 = /** @type {((inputs?: Lesson_L14variantbynumber3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14variantbynumber3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14variantbynumber3(inputs)
	if (locale === "de") return de_lesson_l14variantbynumber3(inputs)
	return en_lesson_l14variantbynumber3(inputs)
});
export { lesson_l14variantbynumber3 as "lesson_l14VariantByNumber" }