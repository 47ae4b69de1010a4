/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, uid: NonNullable<unknown> }} Narration_Uidforgotten1Inputs */

const en_narration_uidforgotten1 = /** @type {(inputs: Narration_Uidforgotten1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} forgets UID ${i?.uid}.`)
};

const es_narration_uidforgotten1 = /** @type {(inputs: Narration_Uidforgotten1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} olvida el UID ${i?.uid}.`)
};

const de_narration_uidforgotten1 = /** @type {(inputs: Narration_Uidforgotten1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} vergisst die UID ${i?.uid}.`)
};

/**
* | output |
* | --- |
* | "{device} forgets UID {uid}." |
*
* @param {Narration_Uidforgotten1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_uidforgotten1 = /** @type {((inputs: Narration_Uidforgotten1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Uidforgotten1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_uidforgotten1(inputs)
	if (locale === "de") return de_narration_uidforgotten1(inputs)
	return en_narration_uidforgotten1(inputs)
});
export { narration_uidforgotten1 as "narration_uidForgotten" }