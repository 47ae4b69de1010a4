/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Dangerdup1Inputs */

const en_faultmap_dangerdup1 = /** @type {(inputs: Faultmap_Dangerdup1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a fault here can duplicate mail`)
};

const es_faultmap_dangerdup1 = /** @type {(inputs: Faultmap_Dangerdup1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un fallo aquí puede duplicar correo`)
};

const de_faultmap_dangerdup1 = /** @type {(inputs: Faultmap_Dangerdup1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Störung hier kann Mail verdoppeln`)
};

/**
* | output |
* | --- |
* | "a fault here can duplicate mail" |
*
* @param {Faultmap_Dangerdup1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_dangerdup1 = /** @type {((inputs?: Faultmap_Dangerdup1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Dangerdup1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_dangerdup1(inputs)
	if (locale === "de") return de_faultmap_dangerdup1(inputs)
	return en_faultmap_dangerdup1(inputs)
});
export { faultmap_dangerdup1 as "faultmap_dangerDup" }