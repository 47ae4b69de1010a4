/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ terms: NonNullable<unknown> }} Glossaryui_SeeInputs */

const en_glossaryui_see = /** @type {(inputs: Glossaryui_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`See also: ${i?.terms}.`)
};

const es_glossaryui_see = /** @type {(inputs: Glossaryui_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Véase también: ${i?.terms}.`)
};

const de_glossaryui_see = /** @type {(inputs: Glossaryui_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Siehe auch: ${i?.terms}.`)
};

/**
* | output |
* | --- |
* | "See also: {terms}." |
*
* @param {Glossaryui_SeeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const glossaryui_see = /** @type {((inputs: Glossaryui_SeeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossaryui_SeeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossaryui_see(inputs)
	if (locale === "de") return de_glossaryui_see(inputs)
	return en_glossaryui_see(inputs)
});