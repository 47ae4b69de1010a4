/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_OpenInputs */

const en_faultmap_open = /** @type {(inputs: Faultmap_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fault map`)
};

const es_faultmap_open = /** @type {(inputs: Faultmap_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mapa de fallos`)
};

const de_faultmap_open = /** @type {(inputs: Faultmap_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Störungskarte`)
};

/**
* | output |
* | --- |
* | "Fault map" |
*
* @param {Faultmap_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_open = /** @type {((inputs?: Faultmap_OpenInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_OpenInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_open(inputs)
	if (locale === "de") return de_faultmap_open(inputs)
	return en_faultmap_open(inputs)
});