/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, label: NonNullable<unknown>, octets: NonNullable<unknown> }} Describe_Sends2c1Inputs */

const en_describe_sends2c1 = /** @type {(inputs: Describe_Sends2c1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server answers ${i?.device}: ${i?.label} (${i?.octets} octets).`)
};

const es_describe_sends2c1 = /** @type {(inputs: Describe_Sends2c1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor responde a ${i?.device}: ${i?.label} (${i?.octets} octetos).`)
};

const de_describe_sends2c1 = /** @type {(inputs: Describe_Sends2c1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server antwortet ${i?.device}: ${i?.label} (${i?.octets} Oktette).`)
};

/**
* | output |
* | --- |
* | "The server answers {device}: {label} ({octets} octets)." |
*
* @param {Describe_Sends2c1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_sends2c1 = /** @type {((inputs: Describe_Sends2c1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Sends2c1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_sends2c1(inputs)
	if (locale === "de") return de_describe_sends2c1(inputs)
	return en_describe_sends2c1(inputs)
});
export { describe_sends2c1 as "describe_sendS2c" }