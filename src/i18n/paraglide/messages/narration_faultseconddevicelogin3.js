/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultseconddevicelogin3Inputs */

const en_narration_faultseconddevicelogin3 = /** @type {(inputs: Narration_Faultseconddevicelogin3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: ${i?.device} logs in now, while another session may hold the lock.`)
};

const es_narration_faultseconddevicelogin3 = /** @type {(inputs: Narration_Faultseconddevicelogin3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: ${i?.device} inicia sesión ahora, mientras otra sesión puede tener el bloqueo.`)
};

const de_narration_faultseconddevicelogin3 = /** @type {(inputs: Narration_Faultseconddevicelogin3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: ${i?.device} meldet sich jetzt an, während eine andere Sitzung die Sperre halten kann.`)
};

/**
* | output |
* | --- |
* | "Fault: {device} logs in now, while another session may hold the lock." |
*
* @param {Narration_Faultseconddevicelogin3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultseconddevicelogin3 = /** @type {((inputs: Narration_Faultseconddevicelogin3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultseconddevicelogin3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultseconddevicelogin3(inputs)
	if (locale === "de") return de_narration_faultseconddevicelogin3(inputs)
	return en_narration_faultseconddevicelogin3(inputs)
});
export { narration_faultseconddevicelogin3 as "narration_faultSecondDeviceLogin" }