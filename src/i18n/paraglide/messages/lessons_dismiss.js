/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_DismissInputs */

const en_lessons_dismiss = /** @type {(inputs: Lessons_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

const es_lessons_dismiss = /** @type {(inputs: Lessons_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar aviso`)
};

const de_lessons_dismiss = /** @type {(inputs: Lessons_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ausblenden`)
};

/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Lessons_DismissInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_dismiss = /** @type {((inputs?: Lessons_DismissInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_DismissInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_dismiss(inputs)
	if (locale === "de") return de_lessons_dismiss(inputs)
	return en_lessons_dismiss(inputs)
});