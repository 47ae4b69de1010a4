/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Seconddevicelogin2Inputs */

const en_fault_seconddevicelogin2 = /** @type {(inputs: Fault_Seconddevicelogin2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Second device logs in`)
};

const es_fault_seconddevicelogin2 = /** @type {(inputs: Fault_Seconddevicelogin2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entra un segundo dispositivo`)
};

const de_fault_seconddevicelogin2 = /** @type {(inputs: Fault_Seconddevicelogin2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zweites Gerät meldet sich an`)
};

/**
* | output |
* | --- |
* | "Second device logs in" |
*
* @param {Fault_Seconddevicelogin2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_seconddevicelogin2 = /** @type {((inputs?: Fault_Seconddevicelogin2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Seconddevicelogin2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_seconddevicelogin2(inputs)
	if (locale === "de") return de_fault_seconddevicelogin2(inputs)
	return en_fault_seconddevicelogin2(inputs)
});
export { fault_seconddevicelogin2 as "fault_secondDeviceLogin" }