/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Ownnames1Inputs */

const en_states_ownnames1 = /** @type {(inputs: States_Ownnames1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 918 gives POP1's server states no names: these names are the simulator's own.`)
};

const es_states_ownnames1 = /** @type {(inputs: States_Ownnames1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La RFC 918 no da nombre a los estados del servidor POP1: estos nombres son del simulador.`)
};

const de_states_ownnames1 = /** @type {(inputs: States_Ownnames1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 918 gibt den Serverzuständen von POP1 keine Namen: Diese Namen stammen vom Simulator.`)
};

/**
* | output |
* | --- |
* | "RFC 918 gives POP1's server states no names: these names are the simulator's own." |
*
* @param {States_Ownnames1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_ownnames1 = /** @type {((inputs?: States_Ownnames1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Ownnames1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_ownnames1(inputs)
	if (locale === "de") return de_states_ownnames1(inputs)
	return en_states_ownnames1(inputs)
});
export { states_ownnames1 as "states_ownNames" }