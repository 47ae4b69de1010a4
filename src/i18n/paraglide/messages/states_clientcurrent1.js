/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ state: NonNullable<unknown> }} States_Clientcurrent1Inputs */

const en_states_clientcurrent1 = /** @type {(inputs: States_Clientcurrent1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Current client state: ${i?.state}`)
};

const es_states_clientcurrent1 = /** @type {(inputs: States_Clientcurrent1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Estado actual del cliente: ${i?.state}`)
};

const de_states_clientcurrent1 = /** @type {(inputs: States_Clientcurrent1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktueller Clientzustand: ${i?.state}`)
};

/**
* | output |
* | --- |
* | "Current client state: {state}" |
*
* @param {States_Clientcurrent1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clientcurrent1 = /** @type {((inputs: States_Clientcurrent1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clientcurrent1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clientcurrent1(inputs)
	if (locale === "de") return de_states_clientcurrent1(inputs)
	return en_states_clientcurrent1(inputs)
});
export { states_clientcurrent1 as "states_clientCurrent" }