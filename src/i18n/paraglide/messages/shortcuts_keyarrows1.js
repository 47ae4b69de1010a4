/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keyarrows1Inputs */

const en_shortcuts_keyarrows1 = /** @type {(inputs: Shortcuts_Keyarrows1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← / →`)
};

const es_shortcuts_keyarrows1 = /** @type {(inputs: Shortcuts_Keyarrows1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← / →`)
};

const de_shortcuts_keyarrows1 = /** @type {(inputs: Shortcuts_Keyarrows1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← / →`)
};

/**
* | output |
* | --- |
* | "← / →" |
*
* @param {Shortcuts_Keyarrows1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keyarrows1 = /** @type {((inputs?: Shortcuts_Keyarrows1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keyarrows1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keyarrows1(inputs)
	if (locale === "de") return de_shortcuts_keyarrows1(inputs)
	return en_shortcuts_keyarrows1(inputs)
});
export { shortcuts_keyarrows1 as "shortcuts_keyArrows" }