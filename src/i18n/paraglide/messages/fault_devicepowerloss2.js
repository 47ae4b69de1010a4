/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Devicepowerloss2Inputs */

const en_fault_devicepowerloss2 = /** @type {(inputs: Fault_Devicepowerloss2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device loses power`)
};

const es_fault_devicepowerloss2 = /** @type {(inputs: Fault_Devicepowerloss2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El dispositivo se queda sin corriente`)
};

const de_fault_devicepowerloss2 = /** @type {(inputs: Fault_Devicepowerloss2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gerät verliert den Strom`)
};

/**
* | output |
* | --- |
* | "Device loses power" |
*
* @param {Fault_Devicepowerloss2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_devicepowerloss2 = /** @type {((inputs?: Fault_Devicepowerloss2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Devicepowerloss2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_devicepowerloss2(inputs)
	if (locale === "de") return de_fault_devicepowerloss2(inputs)
	return en_fault_devicepowerloss2(inputs)
});
export { fault_devicepowerloss2 as "fault_devicePowerLoss" }