/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, of: NonNullable<unknown>, row: NonNullable<unknown>, fault: NonNullable<unknown>, mode: NonNullable<unknown>, verdict: NonNullable<unknown> }} Faultmap_CellInputs */

const en_faultmap_cell = /** @type {(inputs: Faultmap_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step} of ${i?.of}, ${i?.row}, ${i?.fault}, ${i?.mode}: ${i?.verdict}`)
};

const es_faultmap_cell = /** @type {(inputs: Faultmap_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paso ${i?.step} de ${i?.of}, ${i?.row}, ${i?.fault}, ${i?.mode}: ${i?.verdict}`)
};

const de_faultmap_cell = /** @type {(inputs: Faultmap_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step} von ${i?.of}, ${i?.row}, ${i?.fault}, ${i?.mode}: ${i?.verdict}`)
};

/**
* | output |
* | --- |
* | "Step {step} of {of}, {row}, {fault}, {mode}: {verdict}" |
*
* @param {Faultmap_CellInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_cell = /** @type {((inputs: Faultmap_CellInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_CellInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_cell(inputs)
	if (locale === "de") return de_faultmap_cell(inputs)
	return en_faultmap_cell(inputs)
});