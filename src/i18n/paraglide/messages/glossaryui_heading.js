/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossaryui_HeadingInputs */

const en_glossaryui_heading = /** @type {(inputs: Glossaryui_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Glossary`)
};

const es_glossaryui_heading = /** @type {(inputs: Glossaryui_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Glosario`)
};

const de_glossaryui_heading = /** @type {(inputs: Glossaryui_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Glossar`)
};

/**
* | output |
* | --- |
* | "Glossary" |
*
* @param {Glossaryui_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const glossaryui_heading = /** @type {((inputs?: Glossaryui_HeadingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossaryui_HeadingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossaryui_heading(inputs)
	if (locale === "de") return de_glossaryui_heading(inputs)
	return en_glossaryui_heading(inputs)
});