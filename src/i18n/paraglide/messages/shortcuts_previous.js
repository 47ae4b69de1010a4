/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_PreviousInputs */

const en_shortcuts_previous = /** @type {(inputs: Shortcuts_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step back (a clicker's "previous")`)
};

const es_shortcuts_previous = /** @type {(inputs: Shortcuts_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso atrás (el «anterior» de un mando)`)
};

const de_shortcuts_previous = /** @type {(inputs: Shortcuts_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt zurück („zurück“ auf einem Presenter)`)
};

/**
* | output |
* | --- |
* | "Step back (a clicker's \"previous\")" |
*
* @param {Shortcuts_PreviousInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_previous = /** @type {((inputs?: Shortcuts_PreviousInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_PreviousInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_previous(inputs)
	if (locale === "de") return de_shortcuts_previous(inputs)
	return en_shortcuts_previous(inputs)
});