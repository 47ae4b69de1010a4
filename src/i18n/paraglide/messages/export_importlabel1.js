/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Importlabel1Inputs */

const en_export_importlabel1 = /** @type {(inputs: Export_Importlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import scenario`)
};

const es_export_importlabel1 = /** @type {(inputs: Export_Importlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importar un escenario`)
};

const de_export_importlabel1 = /** @type {(inputs: Export_Importlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Szenario importieren`)
};

/**
* | output |
* | --- |
* | "Import scenario" |
*
* @param {Export_Importlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const export_importlabel1 = /** @type {((inputs?: Export_Importlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Importlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_importlabel1(inputs)
	if (locale === "de") return de_export_importlabel1(inputs)
	return en_export_importlabel1(inputs)
});
export { export_importlabel1 as "export_importLabel" }