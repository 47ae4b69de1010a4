/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Diffrowhead2Inputs */

const en_faultmap_diffrowhead2 = /** @type {(inputs: Faultmap_Diffrowhead2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step (Delete / Leave)`)
};

const es_faultmap_diffrowhead2 = /** @type {(inputs: Faultmap_Diffrowhead2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso (Borrar / Dejar)`)
};

const de_faultmap_diffrowhead2 = /** @type {(inputs: Faultmap_Diffrowhead2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt (Löschen / Lassen)`)
};

/**
* | output |
* | --- |
* | "Step (Delete / Leave)" |
*
* @param {Faultmap_Diffrowhead2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_diffrowhead2 = /** @type {((inputs?: Faultmap_Diffrowhead2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Diffrowhead2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_diffrowhead2(inputs)
	if (locale === "de") return de_faultmap_diffrowhead2(inputs)
	return en_faultmap_diffrowhead2(inputs)
});
export { faultmap_diffrowhead2 as "faultmap_diffRowHead" }