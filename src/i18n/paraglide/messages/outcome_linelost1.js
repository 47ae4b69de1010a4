/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Outcome_Linelost1Inputs */

const en_outcome_linelost1 = /** @type {(inputs: Outcome_Linelost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lost: ${i?.label}, no complete copy anywhere`)
};

const es_outcome_linelost1 = /** @type {(inputs: Outcome_Linelost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Perdido: ${i?.label}, no queda ninguna copia completa`)
};

const de_outcome_linelost1 = /** @type {(inputs: Outcome_Linelost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verloren: ${i?.label}, nirgends mehr eine vollständige Kopie`)
};

/**
* | output |
* | --- |
* | "Lost: {label}, no complete copy anywhere" |
*
* @param {Outcome_Linelost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_linelost1 = /** @type {((inputs: Outcome_Linelost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Linelost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_linelost1(inputs)
	if (locale === "de") return de_outcome_linelost1(inputs)
	return en_outcome_linelost1(inputs)
});
export { outcome_linelost1 as "outcome_lineLost" }