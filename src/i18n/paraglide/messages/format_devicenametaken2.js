/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Format_Devicenametaken2Inputs */

const en_format_devicenametaken2 = /** @type {(inputs: Format_Devicenametaken2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" is used by another device; names must be unique`)
};

const es_format_devicenametaken2 = /** @type {(inputs: Format_Devicenametaken2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" ya lo usa otro dispositivo; los nombres deben ser únicos`)
};

const de_format_devicenametaken2 = /** @type {(inputs: Format_Devicenametaken2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" wird schon von einem anderen Gerät verwendet; Namen müssen eindeutig sein`)
};

/**
* | output |
* | --- |
* | "\"{name}\" is used by another device; names must be unique" |
*
* @param {Format_Devicenametaken2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_devicenametaken2 = /** @type {((inputs: Format_Devicenametaken2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Devicenametaken2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_devicenametaken2(inputs)
	if (locale === "de") return de_format_devicenametaken2(inputs)
	return en_format_devicenametaken2(inputs)
});
export { format_devicenametaken2 as "format_deviceNameTaken" }