/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown>, octets: NonNullable<unknown>, device: NonNullable<unknown> }} Narration_Sends2c1Inputs */

const en_narration_sends2c1 = /** @type {(inputs: Narration_Sends2c1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server sends "${i?.label}" (${i?.octets} octets) to ${i?.device}.`)
};

const es_narration_sends2c1 = /** @type {(inputs: Narration_Sends2c1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor envía "${i?.label}" (${i?.octets} octetos) a ${i?.device}.`)
};

const de_narration_sends2c1 = /** @type {(inputs: Narration_Sends2c1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server sendet „${i?.label}“ (${i?.octets} Oktette) an ${i?.device}.`)
};

/**
* | output |
* | --- |
* | "The server sends \"{label}\" ({octets} octets) to {device}." |
*
* @param {Narration_Sends2c1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_sends2c1 = /** @type {((inputs: Narration_Sends2c1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Sends2c1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_sends2c1(inputs)
	if (locale === "de") return de_narration_sends2c1(inputs)
	return en_narration_sends2c1(inputs)
});
export { narration_sends2c1 as "narration_sendS2c" }