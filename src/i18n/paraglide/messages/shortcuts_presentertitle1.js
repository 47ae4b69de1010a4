/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Presentertitle1Inputs */

const en_shortcuts_presentertitle1 = /** @type {(inputs: Shortcuts_Presentertitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In presenter mode (and in the presenter notes window)`)
};

const es_shortcuts_presentertitle1 = /** @type {(inputs: Shortcuts_Presentertitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En el modo presentación (y en la ventana de notas)`)
};

const de_shortcuts_presentertitle1 = /** @type {(inputs: Shortcuts_Presentertitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Im Präsentationsmodus (und im Fenster mit den Notizen)`)
};

/**
* | output |
* | --- |
* | "In presenter mode (and in the presenter notes window)" |
*
* @param {Shortcuts_Presentertitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_presentertitle1 = /** @type {((inputs?: Shortcuts_Presentertitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Presentertitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_presentertitle1(inputs)
	if (locale === "de") return de_shortcuts_presentertitle1(inputs)
	return en_shortcuts_presentertitle1(inputs)
});
export { shortcuts_presentertitle1 as "shortcuts_presenterTitle" }