/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keyhomeend2Inputs */

const en_shortcuts_keyhomeend2 = /** @type {(inputs: Shortcuts_Keyhomeend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Home / End`)
};

const es_shortcuts_keyhomeend2 = /** @type {(inputs: Shortcuts_Keyhomeend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicio / Fin`)
};

const de_shortcuts_keyhomeend2 = /** @type {(inputs: Shortcuts_Keyhomeend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pos1 / Ende`)
};

/**
* | output |
* | --- |
* | "Home / End" |
*
* @param {Shortcuts_Keyhomeend2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keyhomeend2 = /** @type {((inputs?: Shortcuts_Keyhomeend2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keyhomeend2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keyhomeend2(inputs)
	if (locale === "de") return de_shortcuts_keyhomeend2(inputs)
	return en_shortcuts_keyhomeend2(inputs)
});
export { shortcuts_keyhomeend2 as "shortcuts_keyHomeEnd" }