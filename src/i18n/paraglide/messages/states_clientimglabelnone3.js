/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown> }} States_Clientimglabelnone3Inputs */

const en_states_clientimglabelnone3 = /** @type {(inputs: States_Clientimglabelnone3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.protocol} client state diagram; no current state`)
};

const es_states_clientimglabelnone3 = /** @type {(inputs: States_Clientimglabelnone3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diagrama de estados del cliente ${i?.protocol}; sin estado actual`)
};

const de_states_clientimglabelnone3 = /** @type {(inputs: States_Clientimglabelnone3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zustandsdiagramm des ${i?.protocol}-Clients; kein aktueller Zustand`)
};

/**
* | output |
* | --- |
* | "{protocol} client state diagram; no current state" |
*
* @param {States_Clientimglabelnone3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clientimglabelnone3 = /** @type {((inputs: States_Clientimglabelnone3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clientimglabelnone3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clientimglabelnone3(inputs)
	if (locale === "de") return de_states_clientimglabelnone3(inputs)
	return en_states_clientimglabelnone3(inputs)
});
export { states_clientimglabelnone3 as "states_clientImgLabelNone" }