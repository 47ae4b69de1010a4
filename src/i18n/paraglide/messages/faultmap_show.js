/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_ShowInputs */

const en_faultmap_show = /** @type {(inputs: Faultmap_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

const es_faultmap_show = /** @type {(inputs: Faultmap_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar`)
};

const de_faultmap_show = /** @type {(inputs: Faultmap_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeigen`)
};

/**
* | output |
* | --- |
* | "Show" |
*
* @param {Faultmap_ShowInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_show = /** @type {((inputs?: Faultmap_ShowInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_ShowInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_show(inputs)
	if (locale === "de") return de_faultmap_show(inputs)
	return en_faultmap_show(inputs)
});