/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_TitleInputs */

const en_faultmap_title = /** @type {(inputs: Faultmap_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fault map`)
};

const es_faultmap_title = /** @type {(inputs: Faultmap_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mapa de fallos`)
};

const de_faultmap_title = /** @type {(inputs: Faultmap_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Störungskarte`)
};

/**
* | output |
* | --- |
* | "Fault map" |
*
* @param {Faultmap_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_title = /** @type {((inputs?: Faultmap_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_title(inputs)
	if (locale === "de") return de_faultmap_title(inputs)
	return en_faultmap_title(inputs)
});