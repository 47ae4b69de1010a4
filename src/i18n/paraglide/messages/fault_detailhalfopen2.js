/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailhalfopen2Inputs */

const en_fault_detailhalfopen2 = /** @type {(inputs: Fault_Detailhalfopen2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`half-open: neither end is told`)
};

const es_fault_detailhalfopen2 = /** @type {(inputs: Fault_Detailhalfopen2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`semiabierta: ningún extremo se entera`)
};

const de_fault_detailhalfopen2 = /** @type {(inputs: Fault_Detailhalfopen2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`halb offen: keine Seite erfährt davon`)
};

/**
* | output |
* | --- |
* | "half-open: neither end is told" |
*
* @param {Fault_Detailhalfopen2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailhalfopen2 = /** @type {((inputs?: Fault_Detailhalfopen2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailhalfopen2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailhalfopen2(inputs)
	if (locale === "de") return de_fault_detailhalfopen2(inputs)
	return en_fault_detailhalfopen2(inputs)
});
export { fault_detailhalfopen2 as "fault_detailHalfOpen" }