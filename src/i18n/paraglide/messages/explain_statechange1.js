/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Statechange1Inputs */

const en_explain_statechange1 = /** @type {(inputs: Explain_Statechange1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`state`)
};

const es_explain_statechange1 = /** @type {(inputs: Explain_Statechange1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estado`)
};

const de_explain_statechange1 = /** @type {(inputs: Explain_Statechange1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zustand`)
};

/**
* | output |
* | --- |
* | "state" |
*
* @param {Explain_Statechange1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_statechange1 = /** @type {((inputs?: Explain_Statechange1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Statechange1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_statechange1(inputs)
	if (locale === "de") return de_explain_statechange1(inputs)
	return en_explain_statechange1(inputs)
});
export { explain_statechange1 as "explain_stateChange" }