/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Firstlast1Inputs */

const en_shortcuts_firstlast1 = /** @type {(inputs: Shortcuts_Firstlast1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`First / last step`)
};

const es_shortcuts_firstlast1 = /** @type {(inputs: Shortcuts_Firstlast1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Primer / último paso`)
};

const de_shortcuts_firstlast1 = /** @type {(inputs: Shortcuts_Firstlast1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erster / letzter Schritt`)
};

/**
* | output |
* | --- |
* | "First / last step" |
*
* @param {Shortcuts_Firstlast1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_firstlast1 = /** @type {((inputs?: Shortcuts_Firstlast1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Firstlast1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_firstlast1(inputs)
	if (locale === "de") return de_shortcuts_firstlast1(inputs)
	return en_shortcuts_firstlast1(inputs)
});
export { shortcuts_firstlast1 as "shortcuts_firstLast" }