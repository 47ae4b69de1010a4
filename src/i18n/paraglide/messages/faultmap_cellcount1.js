/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, of: NonNullable<unknown>, row: NonNullable<unknown>, fault: NonNullable<unknown>, mode: NonNullable<unknown>, count: NonNullable<unknown>, verdict: NonNullable<unknown> }} Faultmap_Cellcount1Inputs */

const en_faultmap_cellcount1 = /** @type {(inputs: Faultmap_Cellcount1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step} of ${i?.of}, ${i?.row}, ${i?.fault}, ${i?.mode}: ${i?.count} ${i?.verdict}`)
};

const es_faultmap_cellcount1 = /** @type {(inputs: Faultmap_Cellcount1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paso ${i?.step} de ${i?.of}, ${i?.row}, ${i?.fault}, ${i?.mode}: ${i?.count} ${i?.verdict}`)
};

const de_faultmap_cellcount1 = /** @type {(inputs: Faultmap_Cellcount1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step} von ${i?.of}, ${i?.row}, ${i?.fault}, ${i?.mode}: ${i?.count} ${i?.verdict}`)
};

/**
* | output |
* | --- |
* | "Step {step} of {of}, {row}, {fault}, {mode}: {count} {verdict}" |
*
* @param {Faultmap_Cellcount1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_cellcount1 = /** @type {((inputs: Faultmap_Cellcount1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Cellcount1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_cellcount1(inputs)
	if (locale === "de") return de_faultmap_cellcount1(inputs)
	return en_faultmap_cellcount1(inputs)
});
export { faultmap_cellcount1 as "faultmap_cellCount" }