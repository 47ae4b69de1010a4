/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Connectionsilent1Inputs */

const en_fault_connectionsilent1 = /** @type {(inputs: Fault_Connectionsilent1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connection goes silent`)
};

const es_fault_connectionsilent1 = /** @type {(inputs: Fault_Connectionsilent1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La conexión enmudece`)
};

const de_fault_connectionsilent1 = /** @type {(inputs: Fault_Connectionsilent1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung verstummt`)
};

/**
* | output |
* | --- |
* | "Connection goes silent" |
*
* @param {Fault_Connectionsilent1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_connectionsilent1 = /** @type {((inputs?: Fault_Connectionsilent1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Connectionsilent1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_connectionsilent1(inputs)
	if (locale === "de") return de_fault_connectionsilent1(inputs)
	return en_fault_connectionsilent1(inputs)
});
export { fault_connectionsilent1 as "fault_connectionSilent" }