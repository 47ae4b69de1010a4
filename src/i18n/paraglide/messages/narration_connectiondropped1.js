/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Connectiondropped1Inputs */

const en_narration_connectiondropped1 = /** @type {(inputs: Narration_Connectiondropped1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection of ${i?.device} broke without the protocol's goodbye.`)
};

const es_narration_connectiondropped1 = /** @type {(inputs: Narration_Connectiondropped1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La conexión de ${i?.device} se rompió sin la despedida del protocolo.`)
};

const de_narration_connectiondropped1 = /** @type {(inputs: Narration_Connectiondropped1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Verbindung von ${i?.device} ist abgerissen, ohne den Abschied des Protokolls.`)
};

/**
* | output |
* | --- |
* | "The connection of {device} broke without the protocol's goodbye." |
*
* @param {Narration_Connectiondropped1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_connectiondropped1 = /** @type {((inputs: Narration_Connectiondropped1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Connectiondropped1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_connectiondropped1(inputs)
	if (locale === "de") return de_narration_connectiondropped1(inputs)
	return en_narration_connectiondropped1(inputs)
});
export { narration_connectiondropped1 as "narration_connectionDropped" }