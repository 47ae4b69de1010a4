/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown>, keyword: NonNullable<unknown> }} Faultmap_Goneat1Inputs */

const en_faultmap_goneat1 = /** @type {(inputs: Faultmap_Goneat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} (at ${i?.keyword}) no longer applies: this run has no such point.`)
};

const es_faultmap_goneat1 = /** @type {(inputs: Faultmap_Goneat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} (en ${i?.keyword}) ya no se aplica: esta ejecución no tiene ese punto.`)
};

const de_faultmap_goneat1 = /** @type {(inputs: Faultmap_Goneat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} (bei ${i?.keyword}) gilt nicht mehr: Dieser Durchlauf hat keine solche Stelle.`)
};

/**
* | output |
* | --- |
* | "{fault} (at {keyword}) no longer applies: this run has no such point." |
*
* @param {Faultmap_Goneat1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_goneat1 = /** @type {((inputs: Faultmap_Goneat1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Goneat1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_goneat1(inputs)
	if (locale === "de") return de_faultmap_goneat1(inputs)
	return en_faultmap_goneat1(inputs)
});
export { faultmap_goneat1 as "faultmap_goneAt" }