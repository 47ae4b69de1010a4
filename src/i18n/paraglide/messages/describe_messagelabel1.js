/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Describe_Messagelabel1Inputs */

const en_describe_messagelabel1 = /** @type {(inputs: Describe_Messagelabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.label}”`)
};

const es_describe_messagelabel1 = /** @type {(inputs: Describe_Messagelabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.label}»`)
};

const de_describe_messagelabel1 = /** @type {(inputs: Describe_Messagelabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.label}“`)
};

/**
* | output |
* | --- |
* | "“{label}”" |
*
* @param {Describe_Messagelabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_messagelabel1 = /** @type {((inputs: Describe_Messagelabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Messagelabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_messagelabel1(inputs)
	if (locale === "de") return de_describe_messagelabel1(inputs)
	return en_describe_messagelabel1(inputs)
});
export { describe_messagelabel1 as "describe_messageLabel" }