/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, message: NonNullable<unknown> }} Describe_Copypartial1Inputs */

const en_describe_copypartial1 = /** @type {(inputs: Describe_Copypartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} has part of ${i?.message}.`)
};

const es_describe_copypartial1 = /** @type {(inputs: Describe_Copypartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} tiene una parte de ${i?.message}.`)
};

const de_describe_copypartial1 = /** @type {(inputs: Describe_Copypartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat einen Teil von ${i?.message}.`)
};

/**
* | output |
* | --- |
* | "{device} has part of {message}." |
*
* @param {Describe_Copypartial1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_copypartial1 = /** @type {((inputs: Describe_Copypartial1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Copypartial1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_copypartial1(inputs)
	if (locale === "de") return de_describe_copypartial1(inputs)
	return en_describe_copypartial1(inputs)
});
export { describe_copypartial1 as "describe_copyPartial" }