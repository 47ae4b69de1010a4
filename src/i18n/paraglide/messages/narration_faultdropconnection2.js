/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultdropconnection2Inputs */

const en_narration_faultdropconnection2 = /** @type {(inputs: Narration_Faultdropconnection2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: the connection of ${i?.device} is reset. Both ends notice at once.`)
};

const es_narration_faultdropconnection2 = /** @type {(inputs: Narration_Faultdropconnection2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: la conexión de ${i?.device} se reinicia. Los dos extremos se enteran en el acto.`)
};

const de_narration_faultdropconnection2 = /** @type {(inputs: Narration_Faultdropconnection2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: Die Verbindung von ${i?.device} wird zurückgesetzt. Beide Enden merken es sofort.`)
};

/**
* | output |
* | --- |
* | "Fault: the connection of {device} is reset. Both ends notice at once." |
*
* @param {Narration_Faultdropconnection2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultdropconnection2 = /** @type {((inputs: Narration_Faultdropconnection2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultdropconnection2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultdropconnection2(inputs)
	if (locale === "de") return de_narration_faultdropconnection2(inputs)
	return en_narration_faultdropconnection2(inputs)
});
export { narration_faultdropconnection2 as "narration_faultDropConnection" }