/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Rowsessionend2Inputs */

const en_faultmap_rowsessionend2 = /** @type {(inputs: Faultmap_Rowsessionend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`session end`)
};

const es_faultmap_rowsessionend2 = /** @type {(inputs: Faultmap_Rowsessionend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fin de sesión`)
};

const de_faultmap_rowsessionend2 = /** @type {(inputs: Faultmap_Rowsessionend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitzungsende`)
};

/**
* | output |
* | --- |
* | "session end" |
*
* @param {Faultmap_Rowsessionend2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_rowsessionend2 = /** @type {((inputs?: Faultmap_Rowsessionend2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Rowsessionend2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_rowsessionend2(inputs)
	if (locale === "de") return de_faultmap_rowsessionend2(inputs)
	return en_faultmap_rowsessionend2(inputs)
});
export { faultmap_rowsessionend2 as "faultmap_rowSessionEnd" }