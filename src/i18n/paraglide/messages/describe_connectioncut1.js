/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Connectioncut1Inputs */

const en_describe_connectioncut1 = /** @type {(inputs: Describe_Connectioncut1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection of ${i?.device} is cut.`)
};

const es_describe_connectioncut1 = /** @type {(inputs: Describe_Connectioncut1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se corta la conexión de ${i?.device}.`)
};

const de_describe_connectioncut1 = /** @type {(inputs: Describe_Connectioncut1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Verbindung von ${i?.device} reißt ab.`)
};

/**
* | output |
* | --- |
* | "The connection of {device} is cut." |
*
* @param {Describe_Connectioncut1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_connectioncut1 = /** @type {((inputs: Describe_Connectioncut1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Connectioncut1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_connectioncut1(inputs)
	if (locale === "de") return de_describe_connectioncut1(inputs)
	return en_describe_connectioncut1(inputs)
});
export { describe_connectioncut1 as "describe_connectionCut" }