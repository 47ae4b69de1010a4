/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Nostate1Inputs */

const en_states_nostate1 = /** @type {(inputs: States_Nostate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No session at this step: the client is not connected, so the server holds no state for it.`)
};

const es_states_nostate1 = /** @type {(inputs: States_Nostate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay sesión en este paso: el cliente no está conectado, así que el servidor no guarda ningún estado para él.`)
};

const de_states_nostate1 = /** @type {(inputs: States_Nostate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Schritt gibt es keine Sitzung: Der Client ist nicht verbunden, also führt der Server keinen Zustand für ihn.`)
};

/**
* | output |
* | --- |
* | "No session at this step: the client is not connected, so the server holds no state for it." |
*
* @param {States_Nostate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_nostate1 = /** @type {((inputs?: States_Nostate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Nostate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_nostate1(inputs)
	if (locale === "de") return de_states_nostate1(inputs)
	return en_states_nostate1(inputs)
});
export { states_nostate1 as "states_noState" }