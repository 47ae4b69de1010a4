/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Modekeep1Inputs */

const en_faultmap_modekeep1 = /** @type {(inputs: Faultmap_Modekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave on server`)
};

const es_faultmap_modekeep1 = /** @type {(inputs: Faultmap_Modekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor`)
};

const de_faultmap_modekeep1 = /** @type {(inputs: Faultmap_Modekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "Leave on server" |
*
* @param {Faultmap_Modekeep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_modekeep1 = /** @type {((inputs?: Faultmap_Modekeep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Modekeep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_modekeep1(inputs)
	if (locale === "de") return de_faultmap_modekeep1(inputs)
	return en_faultmap_modekeep1(inputs)
});
export { faultmap_modekeep1 as "faultmap_modeKeep" }