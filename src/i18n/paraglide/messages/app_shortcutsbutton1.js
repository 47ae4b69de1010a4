/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Shortcutsbutton1Inputs */

const en_app_shortcutsbutton1 = /** @type {(inputs: App_Shortcutsbutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keyboard shortcuts`)
};

const es_app_shortcutsbutton1 = /** @type {(inputs: App_Shortcutsbutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Atajos de teclado`)
};

const de_app_shortcutsbutton1 = /** @type {(inputs: App_Shortcutsbutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tastenkürzel`)
};

/**
* | output |
* | --- |
* | "Keyboard shortcuts" |
*
* @param {App_Shortcutsbutton1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const app_shortcutsbutton1 = /** @type {((inputs?: App_Shortcutsbutton1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Shortcutsbutton1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_app_shortcutsbutton1(inputs)
	if (locale === "de") return de_app_shortcutsbutton1(inputs)
	return en_app_shortcutsbutton1(inputs)
});
export { app_shortcutsbutton1 as "app_shortcutsButton" }