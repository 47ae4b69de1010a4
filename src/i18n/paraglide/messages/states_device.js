/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} States_DeviceInputs */

const en_states_device = /** @type {(inputs: States_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Session of ${i?.device}`)
};

const es_states_device = /** @type {(inputs: States_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sesión de ${i?.device}`)
};

const de_states_device = /** @type {(inputs: States_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sitzung von ${i?.device}`)
};

/**
* | output |
* | --- |
* | "Session of {device}" |
*
* @param {States_DeviceInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_device = /** @type {((inputs: States_DeviceInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_DeviceInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_device(inputs)
	if (locale === "de") return de_states_device(inputs)
	return en_states_device(inputs)
});