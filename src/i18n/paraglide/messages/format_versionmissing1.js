/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ expected: NonNullable<unknown>, old: NonNullable<unknown>, current: NonNullable<unknown> }} Format_Versionmissing1Inputs */

const en_format_versionmissing1 = /** @type {(inputs: Format_Versionmissing1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected ${i?.expected}, got nothing; this POP Lab reads version ${i?.old} and ${i?.current} scenarios`)
};

const es_format_versionmissing1 = /** @type {(inputs: Format_Versionmissing1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba ${i?.expected}, pero no hay ninguna; este POP Lab lee escenarios de versión ${i?.old} y ${i?.current}`)
};

const de_format_versionmissing1 = /** @type {(inputs: Format_Versionmissing1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`erwartet ${i?.expected}, aber keine angegeben; dieses POP Lab liest Szenarien der Version ${i?.old} und ${i?.current}`)
};

/**
* | output |
* | --- |
* | "expected {expected}, got nothing; this POP Lab reads version {old} and {current} scenarios" |
*
* @param {Format_Versionmissing1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_versionmissing1 = /** @type {((inputs: Format_Versionmissing1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Versionmissing1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_versionmissing1(inputs)
	if (locale === "de") return de_format_versionmissing1(inputs)
	return en_format_versionmissing1(inputs)
});
export { format_versionmissing1 as "format_versionMissing" }