/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortconnectionsilent2Inputs */

const en_faultmap_shortconnectionsilent2 = /** @type {(inputs: Faultmap_Shortconnectionsilent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Silent`)
};

const es_faultmap_shortconnectionsilent2 = /** @type {(inputs: Faultmap_Shortconnectionsilent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mudo`)
};

const de_faultmap_shortconnectionsilent2 = /** @type {(inputs: Faultmap_Shortconnectionsilent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stumm`)
};

/**
* | output |
* | --- |
* | "Silent" |
*
* @param {Faultmap_Shortconnectionsilent2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortconnectionsilent2 = /** @type {((inputs?: Faultmap_Shortconnectionsilent2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortconnectionsilent2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortconnectionsilent2(inputs)
	if (locale === "de") return de_faultmap_shortconnectionsilent2(inputs)
	return en_faultmap_shortconnectionsilent2(inputs)
});
export { faultmap_shortconnectionsilent2 as "faultmap_shortConnectionSilent" }