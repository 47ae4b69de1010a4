/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Diffnone1Inputs */

const en_faultmap_diffnone1 = /** @type {(inputs: Faultmap_Diffnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The two modes give the same verdict at every step they share.`)
};

const es_faultmap_diffnone1 = /** @type {(inputs: Faultmap_Diffnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos modos dan el mismo veredicto en todos los pasos que comparten.`)
};

const de_faultmap_diffnone1 = /** @type {(inputs: Faultmap_Diffnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide Modi geben bei jedem gemeinsamen Schritt dasselbe Urteil.`)
};

/**
* | output |
* | --- |
* | "The two modes give the same verdict at every step they share." |
*
* @param {Faultmap_Diffnone1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_diffnone1 = /** @type {((inputs?: Faultmap_Diffnone1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Diffnone1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_diffnone1(inputs)
	if (locale === "de") return de_faultmap_diffnone1(inputs)
	return en_faultmap_diffnone1(inputs)
});
export { faultmap_diffnone1 as "faultmap_diffNone" }