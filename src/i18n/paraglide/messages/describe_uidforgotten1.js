/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, uid: NonNullable<unknown> }} Describe_Uidforgotten1Inputs */

const en_describe_uidforgotten1 = /** @type {(inputs: Describe_Uidforgotten1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} forgets UID ${i?.uid}.`)
};

const es_describe_uidforgotten1 = /** @type {(inputs: Describe_Uidforgotten1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} olvida el UID ${i?.uid}.`)
};

const de_describe_uidforgotten1 = /** @type {(inputs: Describe_Uidforgotten1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} vergisst die UID ${i?.uid}.`)
};

/**
* | output |
* | --- |
* | "{device} forgets UID {uid}." |
*
* @param {Describe_Uidforgotten1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_uidforgotten1 = /** @type {((inputs: Describe_Uidforgotten1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Uidforgotten1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_uidforgotten1(inputs)
	if (locale === "de") return de_describe_uidforgotten1(inputs)
	return en_describe_uidforgotten1(inputs)
});
export { describe_uidforgotten1 as "describe_uidForgotten" }