/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ state: NonNullable<unknown> }} States_CurrentInputs */

const en_states_current = /** @type {(inputs: States_CurrentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Current server state: ${i?.state}`)
};

const es_states_current = /** @type {(inputs: States_CurrentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Estado actual del servidor: ${i?.state}`)
};

const de_states_current = /** @type {(inputs: States_CurrentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktueller Serverzustand: ${i?.state}`)
};

/**
* | output |
* | --- |
* | "Current server state: {state}" |
*
* @param {States_CurrentInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_current = /** @type {((inputs: States_CurrentInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_CurrentInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_current(inputs)
	if (locale === "de") return de_states_current(inputs)
	return en_states_current(inputs)
});