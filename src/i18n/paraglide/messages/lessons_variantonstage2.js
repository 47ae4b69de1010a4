/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Lessons_Variantonstage2Inputs */

const en_lessons_variantonstage2 = /** @type {(inputs: Lessons_Variantonstage2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`On the stage: ${i?.label}. Press Play.`)
};

const es_lessons_variantonstage2 = /** @type {(inputs: Lessons_Variantonstage2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`En la escena: ${i?.label}. Pulsa Reproducir.`)
};

const de_lessons_variantonstage2 = /** @type {(inputs: Lessons_Variantonstage2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf der Bühne: ${i?.label}. Drücke Abspielen.`)
};

/**
* | output |
* | --- |
* | "On the stage: {label}. Press Play." |
*
* @param {Lessons_Variantonstage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_variantonstage2 = /** @type {((inputs: Lessons_Variantonstage2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Variantonstage2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_variantonstage2(inputs)
	if (locale === "de") return de_lessons_variantonstage2(inputs)
	return en_lessons_variantonstage2(inputs)
});
export { lessons_variantonstage2 as "lessons_variantOnStage" }