/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Stepbackforward2Inputs */

const en_shortcuts_stepbackforward2 = /** @type {(inputs: Shortcuts_Stepbackforward2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step back / forward`)
};

const es_shortcuts_stepbackforward2 = /** @type {(inputs: Shortcuts_Stepbackforward2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso atrás / adelante`)
};

const de_shortcuts_stepbackforward2 = /** @type {(inputs: Shortcuts_Stepbackforward2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt zurück / vor`)
};

/**
* | output |
* | --- |
* | "Step back / forward" |
*
* @param {Shortcuts_Stepbackforward2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_stepbackforward2 = /** @type {((inputs?: Shortcuts_Stepbackforward2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Stepbackforward2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_stepbackforward2(inputs)
	if (locale === "de") return de_shortcuts_stepbackforward2(inputs)
	return en_shortcuts_stepbackforward2(inputs)
});
export { shortcuts_stepbackforward2 as "shortcuts_stepBackForward" }