/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_DismissInputs */

const en_export_dismiss = /** @type {(inputs: Export_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dismiss`)
};

const es_export_dismiss = /** @type {(inputs: Export_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar aviso`)
};

const de_export_dismiss = /** @type {(inputs: Export_DismissInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ausblenden`)
};

/**
* | output |
* | --- |
* | "Dismiss" |
*
* @param {Export_DismissInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const export_dismiss = /** @type {((inputs?: Export_DismissInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_DismissInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_dismiss(inputs)
	if (locale === "de") return de_export_dismiss(inputs)
	return en_export_dismiss(inputs)
});