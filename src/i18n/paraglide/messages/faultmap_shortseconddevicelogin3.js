/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortseconddevicelogin3Inputs */

const en_faultmap_shortseconddevicelogin3 = /** @type {(inputs: Faultmap_Shortseconddevicelogin3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2nd device`)
};

const es_faultmap_shortseconddevicelogin3 = /** @type {(inputs: Faultmap_Shortseconddevicelogin3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2.º dispositivo`)
};

const de_faultmap_shortseconddevicelogin3 = /** @type {(inputs: Faultmap_Shortseconddevicelogin3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2. Gerät`)
};

/**
* | output |
* | --- |
* | "2nd device" |
*
* @param {Faultmap_Shortseconddevicelogin3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortseconddevicelogin3 = /** @type {((inputs?: Faultmap_Shortseconddevicelogin3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortseconddevicelogin3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortseconddevicelogin3(inputs)
	if (locale === "de") return de_faultmap_shortseconddevicelogin3(inputs)
	return en_faultmap_shortseconddevicelogin3(inputs)
});
export { faultmap_shortseconddevicelogin3 as "faultmap_shortSecondDeviceLogin" }