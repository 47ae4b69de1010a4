/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortdevicepowerloss3Inputs */

const en_faultmap_shortdevicepowerloss3 = /** @type {(inputs: Faultmap_Shortdevicepowerloss3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Power loss`)
};

const es_faultmap_shortdevicepowerloss3 = /** @type {(inputs: Faultmap_Shortdevicepowerloss3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin corriente`)
};

const de_faultmap_shortdevicepowerloss3 = /** @type {(inputs: Faultmap_Shortdevicepowerloss3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strom weg`)
};

/**
* | output |
* | --- |
* | "Power loss" |
*
* @param {Faultmap_Shortdevicepowerloss3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortdevicepowerloss3 = /** @type {((inputs?: Faultmap_Shortdevicepowerloss3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortdevicepowerloss3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortdevicepowerloss3(inputs)
	if (locale === "de") return de_faultmap_shortdevicepowerloss3(inputs)
	return en_faultmap_shortdevicepowerloss3(inputs)
});
export { faultmap_shortdevicepowerloss3 as "faultmap_shortDevicePowerLoss" }