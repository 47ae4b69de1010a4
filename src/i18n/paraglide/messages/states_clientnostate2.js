/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Clientnostate2Inputs */

const en_states_clientnostate2 = /** @type {(inputs: States_Clientnostate2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No session at this step: the client is not connected.`)
};

const es_states_clientnostate2 = /** @type {(inputs: States_Clientnostate2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay sesión en este paso: el cliente no está conectado.`)
};

const de_states_clientnostate2 = /** @type {(inputs: States_Clientnostate2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Schritt gibt es keine Sitzung: Der Client ist nicht verbunden.`)
};

/**
* | output |
* | --- |
* | "No session at this step: the client is not connected." |
*
* @param {States_Clientnostate2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clientnostate2 = /** @type {((inputs?: States_Clientnostate2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clientnostate2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clientnostate2(inputs)
	if (locale === "de") return de_states_clientnostate2(inputs)
	return en_states_clientnostate2(inputs)
});
export { states_clientnostate2 as "states_clientNoState" }