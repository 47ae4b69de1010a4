/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Outcome_TitleInputs */

const en_outcome_title = /** @type {(inputs: Outcome_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outcome`)
};

const es_outcome_title = /** @type {(inputs: Outcome_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resultado`)
};

const de_outcome_title = /** @type {(inputs: Outcome_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ergebnis`)
};

/**
* | output |
* | --- |
* | "Outcome" |
*
* @param {Outcome_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_title = /** @type {((inputs?: Outcome_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_title(inputs)
	if (locale === "de") return de_outcome_title(inputs)
	return en_outcome_title(inputs)
});