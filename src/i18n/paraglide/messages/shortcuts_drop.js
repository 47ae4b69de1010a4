/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_DropInputs */

const en_shortcuts_drop = /** @type {(inputs: Shortcuts_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop connection at this step`)
};

const es_shortcuts_drop = /** @type {(inputs: Shortcuts_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cortar la conexión en este paso`)
};

const de_shortcuts_drop = /** @type {(inputs: Shortcuts_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung bei diesem Schritt trennen`)
};

/**
* | output |
* | --- |
* | "Drop connection at this step" |
*
* @param {Shortcuts_DropInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_drop = /** @type {((inputs?: Shortcuts_DropInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_DropInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_drop(inputs)
	if (locale === "de") return de_shortcuts_drop(inputs)
	return en_shortcuts_drop(inputs)
});