/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_OctetsInputs */

const en_explain_octets = /** @type {(inputs: Explain_OctetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exact octets`)
};

const es_explain_octets = /** @type {(inputs: Explain_OctetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Octetos exactos`)
};

const de_explain_octets = /** @type {(inputs: Explain_OctetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genaue Oktette`)
};

/**
* | output |
* | --- |
* | "Exact octets" |
*
* @param {Explain_OctetsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const explain_octets = /** @type {((inputs?: Explain_OctetsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_OctetsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_octets(inputs)
	if (locale === "de") return de_explain_octets(inputs)
	return en_explain_octets(inputs)
});