/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, label: NonNullable<unknown>, octets: NonNullable<unknown> }} Narration_Sendc2s1Inputs */

const en_narration_sendc2s1 = /** @type {(inputs: Narration_Sendc2s1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} sends "${i?.label}" (${i?.octets} octets) to the server.`)
};

const es_narration_sendc2s1 = /** @type {(inputs: Narration_Sendc2s1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} envía "${i?.label}" (${i?.octets} octetos) al servidor.`)
};

const de_narration_sendc2s1 = /** @type {(inputs: Narration_Sendc2s1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} sendet „${i?.label}“ (${i?.octets} Oktette) an den Server.`)
};

/**
* | output |
* | --- |
* | "{device} sends \"{label}\" ({octets} octets) to the server." |
*
* @param {Narration_Sendc2s1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_sendc2s1 = /** @type {((inputs: Narration_Sendc2s1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Sendc2s1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_sendc2s1(inputs)
	if (locale === "de") return de_narration_sendc2s1(inputs)
	return en_narration_sendc2s1(inputs)
});
export { narration_sendc2s1 as "narration_sendC2s" }