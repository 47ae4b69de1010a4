/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keypagedown2Inputs */

const en_shortcuts_keypagedown2 = /** @type {(inputs: Shortcuts_Keypagedown2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PageDown / →`)
};

const es_shortcuts_keypagedown2 = /** @type {(inputs: Shortcuts_Keypagedown2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AvPág / →`)
};

const de_shortcuts_keypagedown2 = /** @type {(inputs: Shortcuts_Keypagedown2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bild↓ / →`)
};

/**
* | output |
* | --- |
* | "PageDown / →" |
*
* @param {Shortcuts_Keypagedown2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keypagedown2 = /** @type {((inputs?: Shortcuts_Keypagedown2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keypagedown2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keypagedown2(inputs)
	if (locale === "de") return de_shortcuts_keypagedown2(inputs)
	return en_shortcuts_keypagedown2(inputs)
});
export { shortcuts_keypagedown2 as "shortcuts_keyPageDown" }