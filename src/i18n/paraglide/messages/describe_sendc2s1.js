/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, label: NonNullable<unknown>, octets: NonNullable<unknown> }} Describe_Sendc2s1Inputs */

const en_describe_sendc2s1 = /** @type {(inputs: Describe_Sendc2s1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} sends ${i?.label} (${i?.octets} octets).`)
};

const es_describe_sendc2s1 = /** @type {(inputs: Describe_Sendc2s1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} envía ${i?.label} (${i?.octets} octetos).`)
};

const de_describe_sendc2s1 = /** @type {(inputs: Describe_Sendc2s1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} sendet ${i?.label} (${i?.octets} Oktette).`)
};

/**
* | output |
* | --- |
* | "{device} sends {label} ({octets} octets)." |
*
* @param {Describe_Sendc2s1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_sendc2s1 = /** @type {((inputs: Describe_Sendc2s1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Sendc2s1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_sendc2s1(inputs)
	if (locale === "de") return de_describe_sendc2s1(inputs)
	return en_describe_sendc2s1(inputs)
});
export { describe_sendc2s1 as "describe_sendC2s" }