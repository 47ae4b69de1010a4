/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Outcome_Lineduplicated1Inputs */

const en_outcome_lineduplicated1 = /** @type {(inputs: Outcome_Lineduplicated1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Duplicated: ${i?.label}, downloaded more than once`)
};

const es_outcome_lineduplicated1 = /** @type {(inputs: Outcome_Lineduplicated1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Duplicado: ${i?.label}, descargado más de una vez`)
};

const de_outcome_lineduplicated1 = /** @type {(inputs: Outcome_Lineduplicated1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Doppelt: ${i?.label}, mehr als einmal abgerufen`)
};

/**
* | output |
* | --- |
* | "Duplicated: {label}, downloaded more than once" |
*
* @param {Outcome_Lineduplicated1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_lineduplicated1 = /** @type {((inputs: Outcome_Lineduplicated1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Lineduplicated1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_lineduplicated1(inputs)
	if (locale === "de") return de_outcome_lineduplicated1(inputs)
	return en_outcome_lineduplicated1(inputs)
});
export { outcome_lineduplicated1 as "outcome_lineDuplicated" }