/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_EscapeInputs */

const en_shortcuts_escape = /** @type {(inputs: Shortcuts_EscapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close this list or a menu`)
};

const es_shortcuts_escape = /** @type {(inputs: Shortcuts_EscapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar esta lista o un menú`)
};

const de_shortcuts_escape = /** @type {(inputs: Shortcuts_EscapeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Liste oder ein Menü schließen`)
};

/**
* | output |
* | --- |
* | "Close this list or a menu" |
*
* @param {Shortcuts_EscapeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_escape = /** @type {((inputs?: Shortcuts_EscapeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_EscapeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_escape(inputs)
	if (locale === "de") return de_shortcuts_escape(inputs)
	return en_shortcuts_escape(inputs)
});