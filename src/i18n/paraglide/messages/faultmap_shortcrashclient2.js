/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortcrashclient2Inputs */

const en_faultmap_shortcrashclient2 = /** @type {(inputs: Faultmap_Shortcrashclient2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`App crash`)
};

const es_faultmap_shortcrashclient2 = /** @type {(inputs: Faultmap_Shortcrashclient2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuelgue`)
};

const de_faultmap_shortcrashclient2 = /** @type {(inputs: Faultmap_Shortcrashclient2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absturz`)
};

/**
* | output |
* | --- |
* | "App crash" |
*
* @param {Faultmap_Shortcrashclient2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortcrashclient2 = /** @type {((inputs?: Faultmap_Shortcrashclient2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortcrashclient2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortcrashclient2(inputs)
	if (locale === "de") return de_faultmap_shortcrashclient2(inputs)
	return en_faultmap_shortcrashclient2(inputs)
});
export { faultmap_shortcrashclient2 as "faultmap_shortCrashClient" }