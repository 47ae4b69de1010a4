/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_ShareInputs */

const en_faultmap_share = /** @type {(inputs: Faultmap_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share this map`)
};

const es_faultmap_share = /** @type {(inputs: Faultmap_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compartir este mapa`)
};

const de_faultmap_share = /** @type {(inputs: Faultmap_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Karte teilen`)
};

/**
* | output |
* | --- |
* | "Share this map" |
*
* @param {Faultmap_ShareInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_share = /** @type {((inputs?: Faultmap_ShareInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_ShareInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_share(inputs)
	if (locale === "de") return de_faultmap_share(inputs)
	return en_faultmap_share(inputs)
});