/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Rowgreeting1Inputs */

const en_faultmap_rowgreeting1 = /** @type {(inputs: Faultmap_Rowgreeting1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`greeting`)
};

const es_faultmap_rowgreeting1 = /** @type {(inputs: Faultmap_Rowgreeting1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`saludo`)
};

const de_faultmap_rowgreeting1 = /** @type {(inputs: Faultmap_Rowgreeting1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Begrüßung`)
};

/**
* | output |
* | --- |
* | "greeting" |
*
* @param {Faultmap_Rowgreeting1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_rowgreeting1 = /** @type {((inputs?: Faultmap_Rowgreeting1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Rowgreeting1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_rowgreeting1(inputs)
	if (locale === "de") return de_faultmap_rowgreeting1(inputs)
	return en_faultmap_rowgreeting1(inputs)
});
export { faultmap_rowgreeting1 as "faultmap_rowGreeting" }