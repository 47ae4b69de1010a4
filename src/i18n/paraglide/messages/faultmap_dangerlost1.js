/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Dangerlost1Inputs */

const en_faultmap_dangerlost1 = /** @type {(inputs: Faultmap_Dangerlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a fault here can lose mail`)
};

const es_faultmap_dangerlost1 = /** @type {(inputs: Faultmap_Dangerlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un fallo aquí puede perder correo`)
};

const de_faultmap_dangerlost1 = /** @type {(inputs: Faultmap_Dangerlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Störung hier kann Mail verlieren`)
};

/**
* | output |
* | --- |
* | "a fault here can lose mail" |
*
* @param {Faultmap_Dangerlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_dangerlost1 = /** @type {((inputs?: Faultmap_Dangerlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Dangerlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_dangerlost1(inputs)
	if (locale === "de") return de_faultmap_dangerlost1(inputs)
	return en_faultmap_dangerlost1(inputs)
});
export { faultmap_dangerlost1 as "faultmap_dangerLost" }