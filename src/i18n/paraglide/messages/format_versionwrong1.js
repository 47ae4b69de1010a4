/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ expected: NonNullable<unknown>, got: NonNullable<unknown>, old: NonNullable<unknown>, current: NonNullable<unknown> }} Format_Versionwrong1Inputs */

const en_format_versionwrong1 = /** @type {(inputs: Format_Versionwrong1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected ${i?.expected}, got ${i?.got}; this POP Lab reads version ${i?.old} and ${i?.current} scenarios`)
};

const es_format_versionwrong1 = /** @type {(inputs: Format_Versionwrong1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba ${i?.expected}, pero llegó ${i?.got}; este POP Lab lee escenarios de versión ${i?.old} y ${i?.current}`)
};

const de_format_versionwrong1 = /** @type {(inputs: Format_Versionwrong1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`erwartet ${i?.expected}, erhalten ${i?.got}; dieses POP Lab liest Szenarien der Version ${i?.old} und ${i?.current}`)
};

/**
* | output |
* | --- |
* | "expected {expected}, got {got}; this POP Lab reads version {old} and {current} scenarios" |
*
* @param {Format_Versionwrong1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_versionwrong1 = /** @type {((inputs: Format_Versionwrong1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Versionwrong1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_versionwrong1(inputs)
	if (locale === "de") return de_format_versionwrong1(inputs)
	return en_format_versionwrong1(inputs)
});
export { format_versionwrong1 as "format_versionWrong" }