/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_BlankInputs */

const en_shortcuts_blank = /** @type {(inputs: Shortcuts_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blank the screen, and show the lab again`)
};

const es_shortcuts_blank = /** @type {(inputs: Shortcuts_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oscurecer la pantalla y volver a mostrar el laboratorio`)
};

const de_shortcuts_blank = /** @type {(inputs: Shortcuts_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildschirm abdunkeln und das Lab wieder zeigen`)
};

/**
* | output |
* | --- |
* | "Blank the screen, and show the lab again" |
*
* @param {Shortcuts_BlankInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_blank = /** @type {((inputs?: Shortcuts_BlankInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_BlankInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_blank(inputs)
	if (locale === "de") return de_shortcuts_blank(inputs)
	return en_shortcuts_blank(inputs)
});