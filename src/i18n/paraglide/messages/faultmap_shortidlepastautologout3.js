/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortidlepastautologout3Inputs */

const en_faultmap_shortidlepastautologout3 = /** @type {(inputs: Faultmap_Shortidlepastautologout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Idle`)
};

const es_faultmap_shortidlepastautologout3 = /** @type {(inputs: Faultmap_Shortidlepastautologout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inactivo`)
};

const de_faultmap_shortidlepastautologout3 = /** @type {(inputs: Faultmap_Shortidlepastautologout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Untätig`)
};

/**
* | output |
* | --- |
* | "Idle" |
*
* @param {Faultmap_Shortidlepastautologout3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortidlepastautologout3 = /** @type {((inputs?: Faultmap_Shortidlepastautologout3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortidlepastautologout3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortidlepastautologout3(inputs)
	if (locale === "de") return de_faultmap_shortidlepastautologout3(inputs)
	return en_faultmap_shortidlepastautologout3(inputs)
});
export { faultmap_shortidlepastautologout3 as "faultmap_shortIdlePastAutologout" }