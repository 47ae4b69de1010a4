/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keypageup2Inputs */

const en_shortcuts_keypageup2 = /** @type {(inputs: Shortcuts_Keypageup2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PageUp / ←`)
};

const es_shortcuts_keypageup2 = /** @type {(inputs: Shortcuts_Keypageup2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RePág / ←`)
};

const de_shortcuts_keypageup2 = /** @type {(inputs: Shortcuts_Keypageup2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bild↑ / ←`)
};

/**
* | output |
* | --- |
* | "PageUp / ←" |
*
* @param {Shortcuts_Keypageup2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keypageup2 = /** @type {((inputs?: Shortcuts_Keypageup2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keypageup2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keypageup2(inputs)
	if (locale === "de") return de_shortcuts_keypageup2(inputs)
	return en_shortcuts_keypageup2(inputs)
});
export { shortcuts_keypageup2 as "shortcuts_keyPageUp" }