/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Export_ImportedInputs */

const en_export_imported = /** @type {(inputs: Export_ImportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported scenario "${i?.title}".`)
};

const es_export_imported = /** @type {(inputs: Export_ImportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Escenario «${i?.title}» importado.`)
};

const de_export_imported = /** @type {(inputs: Export_ImportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Szenario „${i?.title}“ importiert.`)
};

/**
* | output |
* | --- |
* | "Imported scenario \"{title}\"." |
*
* @param {Export_ImportedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const export_imported = /** @type {((inputs: Export_ImportedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_ImportedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_imported(inputs)
	if (locale === "de") return de_export_imported(inputs)
	return en_export_imported(inputs)
});