/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossaryui_AllInputs */

const en_glossaryui_all = /** @type {(inputs: Glossaryui_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All terms`)
};

const es_glossaryui_all = /** @type {(inputs: Glossaryui_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todos los términos`)
};

const de_glossaryui_all = /** @type {(inputs: Glossaryui_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Begriffe`)
};

/**
* | output |
* | --- |
* | "All terms" |
*
* @param {Glossaryui_AllInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const glossaryui_all = /** @type {((inputs?: Glossaryui_AllInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossaryui_AllInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossaryui_all(inputs)
	if (locale === "de") return de_glossaryui_all(inputs)
	return en_glossaryui_all(inputs)
});