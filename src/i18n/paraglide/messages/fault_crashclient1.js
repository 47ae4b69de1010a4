/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Crashclient1Inputs */

const en_fault_crashclient1 = /** @type {(inputs: Fault_Crashclient1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client app crashes`)
};

const es_fault_crashclient1 = /** @type {(inputs: Fault_Crashclient1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El programa cliente se cuelga`)
};

const de_fault_crashclient1 = /** @type {(inputs: Fault_Crashclient1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mailprogramm stürzt ab`)
};

/**
* | output |
* | --- |
* | "Client app crashes" |
*
* @param {Fault_Crashclient1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_crashclient1 = /** @type {((inputs?: Fault_Crashclient1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Crashclient1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_crashclient1(inputs)
	if (locale === "de") return de_fault_crashclient1(inputs)
	return en_fault_crashclient1(inputs)
});
export { fault_crashclient1 as "fault_crashClient" }