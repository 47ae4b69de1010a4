/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_NextInputs */

const en_shortcuts_next = /** @type {(inputs: Shortcuts_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step forward (a clicker's "next")`)
};

const es_shortcuts_next = /** @type {(inputs: Shortcuts_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso adelante (el «siguiente» de un mando)`)
};

const de_shortcuts_next = /** @type {(inputs: Shortcuts_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt vor („weiter“ auf einem Presenter)`)
};

/**
* | output |
* | --- |
* | "Step forward (a clicker's \"next\")" |
*
* @param {Shortcuts_NextInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_next = /** @type {((inputs?: Shortcuts_NextInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_NextInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_next(inputs)
	if (locale === "de") return de_shortcuts_next(inputs)
	return en_shortcuts_next(inputs)
});