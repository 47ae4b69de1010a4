/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ why: NonNullable<unknown> }} Faultmap_Cannotrun1Inputs */

const en_faultmap_cannotrun1 = /** @type {(inputs: Faultmap_Cannotrun1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This mode cannot run: ${i?.why}`)
};

const es_faultmap_cannotrun1 = /** @type {(inputs: Faultmap_Cannotrun1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este modo no se puede ejecutar: ${i?.why}`)
};

const de_faultmap_cannotrun1 = /** @type {(inputs: Faultmap_Cannotrun1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dieser Modus lässt sich nicht ausführen: ${i?.why}`)
};

/**
* | output |
* | --- |
* | "This mode cannot run: {why}" |
*
* @param {Faultmap_Cannotrun1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_cannotrun1 = /** @type {((inputs: Faultmap_Cannotrun1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Cannotrun1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_cannotrun1(inputs)
	if (locale === "de") return de_faultmap_cannotrun1(inputs)
	return en_faultmap_cannotrun1(inputs)
});
export { faultmap_cannotrun1 as "faultmap_cannotRun" }