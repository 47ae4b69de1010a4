/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, uid: NonNullable<unknown> }} Describe_Uidremembered1Inputs */

const en_describe_uidremembered1 = /** @type {(inputs: Describe_Uidremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} remembers UID ${i?.uid}.`)
};

const es_describe_uidremembered1 = /** @type {(inputs: Describe_Uidremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} recuerda el UID ${i?.uid}.`)
};

const de_describe_uidremembered1 = /** @type {(inputs: Describe_Uidremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} merkt sich die UID ${i?.uid}.`)
};

/**
* | output |
* | --- |
* | "{device} remembers UID {uid}." |
*
* @param {Describe_Uidremembered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_uidremembered1 = /** @type {((inputs: Describe_Uidremembered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Uidremembered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_uidremembered1(inputs)
	if (locale === "de") return de_describe_uidremembered1(inputs)
	return en_describe_uidremembered1(inputs)
});
export { describe_uidremembered1 as "describe_uidRemembered" }