/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Clientownnames2Inputs */

const en_states_clientownnames2 = /** @type {(inputs: States_Clientownnames2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 918 gives POP1's client states no names: these names are the simulator's own.`)
};

const es_states_clientownnames2 = /** @type {(inputs: States_Clientownnames2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La RFC 918 no da nombre a los estados del cliente POP1: estos nombres son del simulador.`)
};

const de_states_clientownnames2 = /** @type {(inputs: States_Clientownnames2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 918 gibt den Clientzuständen von POP1 keine Namen: Diese Namen stammen vom Simulator.`)
};

/**
* | output |
* | --- |
* | "RFC 918 gives POP1's client states no names: these names are the simulator's own." |
*
* @param {States_Clientownnames2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clientownnames2 = /** @type {((inputs?: States_Clientownnames2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clientownnames2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clientownnames2(inputs)
	if (locale === "de") return de_states_clientownnames2(inputs)
	return en_states_clientownnames2(inputs)
});
export { states_clientownnames2 as "states_clientOwnNames" }