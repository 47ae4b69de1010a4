/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Importwarningtitle2Inputs */

const en_export_importwarningtitle2 = /** @type {(inputs: Export_Importwarningtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The scenario was imported, but some of its faults can never fire:`)
};

const es_export_importwarningtitle2 = /** @type {(inputs: Export_Importwarningtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El escenario se importó, pero algunos de sus fallos no pueden ocurrir nunca:`)
};

const de_export_importwarningtitle2 = /** @type {(inputs: Export_Importwarningtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Szenario wurde importiert, aber einige seiner Störungen können nie eintreten:`)
};

/**
* | output |
* | --- |
* | "The scenario was imported, but some of its faults can never fire:" |
*
* @param {Export_Importwarningtitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const export_importwarningtitle2 = /** @type {((inputs?: Export_Importwarningtitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Importwarningtitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_importwarningtitle2(inputs)
	if (locale === "de") return de_export_importwarningtitle2(inputs)
	return en_export_importwarningtitle2(inputs)
});
export { export_importwarningtitle2 as "export_importWarningTitle" }