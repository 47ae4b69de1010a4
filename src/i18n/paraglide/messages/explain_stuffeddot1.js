/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Stuffeddot1Inputs */

const en_explain_stuffeddot1 = /** @type {(inputs: Explain_Stuffeddot1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stuffed dot (RFC 1939 §3)`)
};

const es_explain_stuffeddot1 = /** @type {(inputs: Explain_Stuffeddot1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`punto de relleno (RFC 1939 §3)`)
};

const de_explain_stuffeddot1 = /** @type {(inputs: Explain_Stuffeddot1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verdoppelter Punkt (RFC 1939 §3)`)
};

/**
* | output |
* | --- |
* | "stuffed dot (RFC 1939 §3)" |
*
* @param {Explain_Stuffeddot1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_stuffeddot1 = /** @type {((inputs?: Explain_Stuffeddot1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Stuffeddot1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_stuffeddot1(inputs)
	if (locale === "de") return de_explain_stuffeddot1(inputs)
	return en_explain_stuffeddot1(inputs)
});
export { explain_stuffeddot1 as "explain_stuffedDot" }