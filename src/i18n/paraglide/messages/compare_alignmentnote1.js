/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Alignmentnote1Inputs */

const en_compare_alignmentnote1 = /** @type {(inputs: Compare_Alignmentnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`At each point of the timeline both sides show the world at the same moment of simulated time (each at its last step up to then), so one side may sit still while the other does several things.`)
};

const es_compare_alignmentnote1 = /** @type {(inputs: Compare_Alignmentnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En cada punto de la línea de tiempo los dos lados muestran el mundo en el mismo instante de tiempo simulado (cada uno en su último paso hasta entonces), así que un lado puede quedarse quieto mientras el otro hace varias cosas.`)
};

const de_compare_alignmentnote1 = /** @type {(inputs: Compare_Alignmentnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An jedem Punkt der Zeitleiste zeigen beide Seiten die Welt im selben Moment der simulierten Zeit (jede bei ihrem letzten Schritt bis dahin); so kann eine Seite stillstehen, während die andere mehreres tut.`)
};

/**
* | output |
* | --- |
* | "At each point of the timeline both sides show the world at the same moment of simulated time (each at its last step up to then), so one side may sit still wh..." |
*
* @param {Compare_Alignmentnote1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_alignmentnote1 = /** @type {((inputs?: Compare_Alignmentnote1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Alignmentnote1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_alignmentnote1(inputs)
	if (locale === "de") return de_compare_alignmentnote1(inputs)
	return en_compare_alignmentnote1(inputs)
});
export { compare_alignmentnote1 as "compare_alignmentNote" }