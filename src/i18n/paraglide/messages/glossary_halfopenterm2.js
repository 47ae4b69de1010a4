/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Halfopenterm2Inputs */

const en_glossary_halfopenterm2 = /** @type {(inputs: Glossary_Halfopenterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`half-open connection`)
};

const es_glossary_halfopenterm2 = /** @type {(inputs: Glossary_Halfopenterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión medio abierta`)
};

const de_glossary_halfopenterm2 = /** @type {(inputs: Glossary_Halfopenterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`halboffene Verbindung`)
};

/**
* | output |
* | --- |
* | "half-open connection" |
*
* @param {Glossary_Halfopenterm2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_halfopenterm2 = /** @type {((inputs?: Glossary_Halfopenterm2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Halfopenterm2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_halfopenterm2(inputs)
	if (locale === "de") return de_glossary_halfopenterm2(inputs)
	return en_glossary_halfopenterm2(inputs)
});
export { glossary_halfopenterm2 as "glossary_halfOpenTerm" }