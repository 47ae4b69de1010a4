/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailalreadyinsession3Inputs */

const en_fault_detailalreadyinsession3 = /** @type {(inputs: Fault_Detailalreadyinsession3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`already in a session`)
};

const es_fault_detailalreadyinsession3 = /** @type {(inputs: Fault_Detailalreadyinsession3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ya está en una sesión`)
};

const de_fault_detailalreadyinsession3 = /** @type {(inputs: Fault_Detailalreadyinsession3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`schon in einer Sitzung`)
};

/**
* | output |
* | --- |
* | "already in a session" |
*
* @param {Fault_Detailalreadyinsession3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailalreadyinsession3 = /** @type {((inputs?: Fault_Detailalreadyinsession3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailalreadyinsession3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailalreadyinsession3(inputs)
	if (locale === "de") return de_fault_detailalreadyinsession3(inputs)
	return en_fault_detailalreadyinsession3(inputs)
});
export { fault_detailalreadyinsession3 as "fault_detailAlreadyInSession" }