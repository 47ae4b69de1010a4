/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossaryui_NoneInputs */

const en_glossaryui_none = /** @type {(inputs: Glossaryui_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No glossary terms in this step.`)
};

const es_glossaryui_none = /** @type {(inputs: Glossaryui_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este paso no tiene términos del glosario.`)
};

const de_glossaryui_none = /** @type {(inputs: Glossaryui_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Schritt gibt es keine Glossarbegriffe.`)
};

/**
* | output |
* | --- |
* | "No glossary terms in this step." |
*
* @param {Glossaryui_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const glossaryui_none = /** @type {((inputs?: Glossaryui_NoneInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossaryui_NoneInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossaryui_none(inputs)
	if (locale === "de") return de_glossaryui_none(inputs)
	return en_glossaryui_none(inputs)
});