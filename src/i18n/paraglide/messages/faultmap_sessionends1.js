/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Sessionends1Inputs */

const en_faultmap_sessionends1 = /** @type {(inputs: Faultmap_Sessionends1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(session ends)`)
};

const es_faultmap_sessionends1 = /** @type {(inputs: Faultmap_Sessionends1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(termina la sesión)`)
};

const de_faultmap_sessionends1 = /** @type {(inputs: Faultmap_Sessionends1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(Sitzung endet)`)
};

/**
* | output |
* | --- |
* | "(session ends)" |
*
* @param {Faultmap_Sessionends1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_sessionends1 = /** @type {((inputs?: Faultmap_Sessionends1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Sessionends1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_sessionends1(inputs)
	if (locale === "de") return de_faultmap_sessionends1(inputs)
	return en_faultmap_sessionends1(inputs)
});
export { faultmap_sessionends1 as "faultmap_sessionEnds" }