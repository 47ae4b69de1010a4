/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Pendingcell1Inputs */

const en_faultmap_pendingcell1 = /** @type {(inputs: Faultmap_Pendingcell1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not computed yet`)
};

const es_faultmap_pendingcell1 = /** @type {(inputs: Faultmap_Pendingcell1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aún sin calcular`)
};

const de_faultmap_pendingcell1 = /** @type {(inputs: Faultmap_Pendingcell1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`noch nicht berechnet`)
};

/**
* | output |
* | --- |
* | "not computed yet" |
*
* @param {Faultmap_Pendingcell1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_pendingcell1 = /** @type {((inputs?: Faultmap_Pendingcell1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Pendingcell1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_pendingcell1(inputs)
	if (locale === "de") return de_faultmap_pendingcell1(inputs)
	return en_faultmap_pendingcell1(inputs)
});
export { faultmap_pendingcell1 as "faultmap_pendingCell" }