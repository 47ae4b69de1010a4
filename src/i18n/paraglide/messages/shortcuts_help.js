/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_HelpInputs */

const en_shortcuts_help = /** @type {(inputs: Shortcuts_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show this list`)
};

const es_shortcuts_help = /** @type {(inputs: Shortcuts_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar esta lista`)
};

const de_shortcuts_help = /** @type {(inputs: Shortcuts_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Liste zeigen`)
};

/**
* | output |
* | --- |
* | "Show this list" |
*
* @param {Shortcuts_HelpInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_help = /** @type {((inputs?: Shortcuts_HelpInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_HelpInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_help(inputs)
	if (locale === "de") return de_shortcuts_help(inputs)
	return en_shortcuts_help(inputs)
});