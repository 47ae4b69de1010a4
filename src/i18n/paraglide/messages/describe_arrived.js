/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ message: NonNullable<unknown> }} Describe_ArrivedInputs */

const en_describe_arrived = /** @type {(inputs: Describe_ArrivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New mail arrives: ${i?.message}.`)
};

const es_describe_arrived = /** @type {(inputs: Describe_ArrivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Llega correo nuevo: ${i?.message}.`)
};

const de_describe_arrived = /** @type {(inputs: Describe_ArrivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Neue Mail kommt an: ${i?.message}.`)
};

/**
* | output |
* | --- |
* | "New mail arrives: {message}." |
*
* @param {Describe_ArrivedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_arrived = /** @type {((inputs: Describe_ArrivedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_ArrivedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_arrived(inputs)
	if (locale === "de") return de_describe_arrived(inputs)
	return en_describe_arrived(inputs)
});