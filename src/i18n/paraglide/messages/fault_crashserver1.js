/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Crashserver1Inputs */

const en_fault_crashserver1 = /** @type {(inputs: Fault_Crashserver1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server crashes`)
};

const es_fault_crashserver1 = /** @type {(inputs: Fault_Crashserver1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor se cae`)
};

const de_fault_crashserver1 = /** @type {(inputs: Fault_Crashserver1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server stürzt ab`)
};

/**
* | output |
* | --- |
* | "Server crashes" |
*
* @param {Fault_Crashserver1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_crashserver1 = /** @type {((inputs?: Fault_Crashserver1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Crashserver1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_crashserver1(inputs)
	if (locale === "de") return de_fault_crashserver1(inputs)
	return en_fault_crashserver1(inputs)
});
export { fault_crashserver1 as "fault_crashServer" }