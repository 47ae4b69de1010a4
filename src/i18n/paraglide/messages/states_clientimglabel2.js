/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown>, state: NonNullable<unknown> }} States_Clientimglabel2Inputs */

const en_states_clientimglabel2 = /** @type {(inputs: States_Clientimglabel2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.protocol} client state diagram; current state: ${i?.state}`)
};

const es_states_clientimglabel2 = /** @type {(inputs: States_Clientimglabel2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diagrama de estados del cliente ${i?.protocol}; estado actual: ${i?.state}`)
};

const de_states_clientimglabel2 = /** @type {(inputs: States_Clientimglabel2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zustandsdiagramm des ${i?.protocol}-Clients; aktueller Zustand: ${i?.state}`)
};

/**
* | output |
* | --- |
* | "{protocol} client state diagram; current state: {state}" |
*
* @param {States_Clientimglabel2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clientimglabel2 = /** @type {((inputs: States_Clientimglabel2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clientimglabel2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clientimglabel2(inputs)
	if (locale === "de") return de_states_clientimglabel2(inputs)
	return en_states_clientimglabel2(inputs)
});
export { states_clientimglabel2 as "states_clientImgLabel" }