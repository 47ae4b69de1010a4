/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortcrashserver2Inputs */

const en_faultmap_shortcrashserver2 = /** @type {(inputs: Faultmap_Shortcrashserver2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server crash`)
};

const es_faultmap_shortcrashserver2 = /** @type {(inputs: Faultmap_Shortcrashserver2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servidor caído`)
};

const de_faultmap_shortcrashserver2 = /** @type {(inputs: Faultmap_Shortcrashserver2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server weg`)
};

/**
* | output |
* | --- |
* | "Server crash" |
*
* @param {Faultmap_Shortcrashserver2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortcrashserver2 = /** @type {((inputs?: Faultmap_Shortcrashserver2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortcrashserver2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortcrashserver2(inputs)
	if (locale === "de") return de_faultmap_shortcrashserver2(inputs)
	return en_faultmap_shortcrashserver2(inputs)
});
export { faultmap_shortcrashserver2 as "faultmap_shortCrashServer" }