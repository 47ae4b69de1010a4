/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keyblank1Inputs */

const en_shortcuts_keyblank1 = /** @type {(inputs: Shortcuts_Keyblank1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B or .`)
};

const es_shortcuts_keyblank1 = /** @type {(inputs: Shortcuts_Keyblank1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B o .`)
};

const de_shortcuts_keyblank1 = /** @type {(inputs: Shortcuts_Keyblank1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`B oder .`)
};

/**
* | output |
* | --- |
* | "B or ." |
*
* @param {Shortcuts_Keyblank1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keyblank1 = /** @type {((inputs?: Shortcuts_Keyblank1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keyblank1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keyblank1(inputs)
	if (locale === "de") return de_shortcuts_keyblank1(inputs)
	return en_shortcuts_keyblank1(inputs)
});
export { shortcuts_keyblank1 as "shortcuts_keyBlank" }