/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ mode: NonNullable<unknown> }} Faultmap_Gridlabel1Inputs */

const en_faultmap_gridlabel1 = /** @type {(inputs: Faultmap_Gridlabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault map, ${i?.mode}`)
};

const es_faultmap_gridlabel1 = /** @type {(inputs: Faultmap_Gridlabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mapa de fallos, ${i?.mode}`)
};

const de_faultmap_gridlabel1 = /** @type {(inputs: Faultmap_Gridlabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störungskarte, ${i?.mode}`)
};

/**
* | output |
* | --- |
* | "Fault map, {mode}" |
*
* @param {Faultmap_Gridlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_gridlabel1 = /** @type {((inputs: Faultmap_Gridlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Gridlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_gridlabel1(inputs)
	if (locale === "de") return de_faultmap_gridlabel1(inputs)
	return en_faultmap_gridlabel1(inputs)
});
export { faultmap_gridlabel1 as "faultmap_gridLabel" }