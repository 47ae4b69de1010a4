/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, fromWords: NonNullable<unknown>, toWords: NonNullable<unknown> }} Faultmap_RangeInputs */

const en_faultmap_range = /** @type {(inputs: Faultmap_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`steps ${i?.from}–${i?.to}, from ${i?.fromWords} to ${i?.toWords}`)
};

const es_faultmap_range = /** @type {(inputs: Faultmap_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`pasos ${i?.from}–${i?.to}, de ${i?.fromWords} a ${i?.toWords}`)
};

const de_faultmap_range = /** @type {(inputs: Faultmap_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritte ${i?.from}–${i?.to}, von ${i?.fromWords} bis ${i?.toWords}`)
};

/**
* | output |
* | --- |
* | "steps {from}–{to}, from {fromWords} to {toWords}" |
*
* @param {Faultmap_RangeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_range = /** @type {((inputs: Faultmap_RangeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_RangeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_range(inputs)
	if (locale === "de") return de_faultmap_range(inputs)
	return en_faultmap_range(inputs)
});