/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Idlepastautologout2Inputs */

const en_fault_idlepastautologout2 = /** @type {(inputs: Fault_Idlepastautologout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client idles past autologout`)
};

const es_fault_idlepastautologout2 = /** @type {(inputs: Fault_Idlepastautologout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente espera más allá del cierre automático`)
};

const de_fault_idlepastautologout2 = /** @type {(inputs: Fault_Idlepastautologout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client wartet bis über den Auto-Logout`)
};

/**
* | output |
* | --- |
* | "Client idles past autologout" |
*
* @param {Fault_Idlepastautologout2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_idlepastautologout2 = /** @type {((inputs?: Fault_Idlepastautologout2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Idlepastautologout2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_idlepastautologout2(inputs)
	if (locale === "de") return de_fault_idlepastautologout2(inputs)
	return en_fault_idlepastautologout2(inputs)
});
export { fault_idlepastautologout2 as "fault_idlePastAutologout" }