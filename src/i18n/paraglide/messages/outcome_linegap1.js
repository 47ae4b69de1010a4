/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Outcome_Linegap1Inputs */

const en_outcome_linegap1 = /** @type {(inputs: Outcome_Linegap1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gap: ${i?.label}, one device never got it`)
};

const es_outcome_linegap1 = /** @type {(inputs: Outcome_Linegap1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hueco: ${i?.label}, un dispositivo nunca lo recibió`)
};

const de_outcome_linegap1 = /** @type {(inputs: Outcome_Linegap1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lücke: ${i?.label}, ein Gerät hat sie nie bekommen`)
};

/**
* | output |
* | --- |
* | "Gap: {label}, one device never got it" |
*
* @param {Outcome_Linegap1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_linegap1 = /** @type {((inputs: Outcome_Linegap1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Linegap1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_linegap1(inputs)
	if (locale === "de") return de_outcome_linegap1(inputs)
	return en_outcome_linegap1(inputs)
});
export { outcome_linegap1 as "outcome_lineGap" }