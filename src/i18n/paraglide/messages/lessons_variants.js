/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_VariantsInputs */

const en_lessons_variants = /** @type {(inputs: Lessons_VariantsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try other settings`)
};

const es_lessons_variants = /** @type {(inputs: Lessons_VariantsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba otros ajustes`)
};

const de_lessons_variants = /** @type {(inputs: Lessons_VariantsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Andere Einstellungen ausprobieren`)
};

/**
* | output |
* | --- |
* | "Try other settings" |
*
* @param {Lessons_VariantsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_variants = /** @type {((inputs?: Lessons_VariantsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_VariantsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_variants(inputs)
	if (locale === "de") return de_lessons_variants(inputs)
	return en_lessons_variants(inputs)
});