/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, message: NonNullable<unknown> }} Describe_Copydiscarded1Inputs */

const en_describe_copydiscarded1 = /** @type {(inputs: Describe_Copydiscarded1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} discards its copy of ${i?.message}.`)
};

const es_describe_copydiscarded1 = /** @type {(inputs: Describe_Copydiscarded1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} descarta su copia de ${i?.message}.`)
};

const de_describe_copydiscarded1 = /** @type {(inputs: Describe_Copydiscarded1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} verwirft seine Kopie von ${i?.message}.`)
};

/**
* | output |
* | --- |
* | "{device} discards its copy of {message}." |
*
* @param {Describe_Copydiscarded1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_copydiscarded1 = /** @type {((inputs: Describe_Copydiscarded1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Copydiscarded1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_copydiscarded1(inputs)
	if (locale === "de") return de_describe_copydiscarded1(inputs)
	return en_describe_copydiscarded1(inputs)
});
export { describe_copydiscarded1 as "describe_copyDiscarded" }