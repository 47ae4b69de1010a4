/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_ClaimsInputs */

const en_lessons_claims = /** @type {(inputs: Lessons_ClaimsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Claims to check on the stage`)
};

const es_lessons_claims = /** @type {(inputs: Lessons_ClaimsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afirmaciones para comprobar en la escena`)
};

const de_lessons_claims = /** @type {(inputs: Lessons_ClaimsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Behauptungen zum Prüfen auf der Bühne`)
};

/**
* | output |
* | --- |
* | "Claims to check on the stage" |
*
* @param {Lessons_ClaimsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_claims = /** @type {((inputs?: Lessons_ClaimsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_ClaimsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_claims(inputs)
	if (locale === "de") return de_lessons_claims(inputs)
	return en_lessons_claims(inputs)
});