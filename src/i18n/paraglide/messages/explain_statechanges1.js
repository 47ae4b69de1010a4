/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Statechanges1Inputs */

const en_explain_statechanges1 = /** @type {(inputs: Explain_Statechanges1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State at this step`)
};

const es_explain_statechanges1 = /** @type {(inputs: Explain_Statechanges1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado en este paso`)
};

const de_explain_statechanges1 = /** @type {(inputs: Explain_Statechanges1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zustand in diesem Schritt`)
};

/**
* | output |
* | --- |
* | "State at this step" |
*
* @param {Explain_Statechanges1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_statechanges1 = /** @type {((inputs?: Explain_Statechanges1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Statechanges1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_statechanges1(inputs)
	if (locale === "de") return de_explain_statechanges1(inputs)
	return en_explain_statechanges1(inputs)
});
export { explain_statechanges1 as "explain_stateChanges" }