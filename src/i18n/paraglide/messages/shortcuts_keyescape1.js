/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keyescape1Inputs */

const en_shortcuts_keyescape1 = /** @type {(inputs: Shortcuts_Keyescape1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escape`)
};

const es_shortcuts_keyescape1 = /** @type {(inputs: Shortcuts_Keyescape1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esc`)
};

const de_shortcuts_keyescape1 = /** @type {(inputs: Shortcuts_Keyescape1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esc`)
};

/**
* | output |
* | --- |
* | "Escape" |
*
* @param {Shortcuts_Keyescape1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keyescape1 = /** @type {((inputs?: Shortcuts_Keyescape1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keyescape1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keyescape1(inputs)
	if (locale === "de") return de_shortcuts_keyescape1(inputs)
	return en_shortcuts_keyescape1(inputs)
});
export { shortcuts_keyescape1 as "shortcuts_keyEscape" }