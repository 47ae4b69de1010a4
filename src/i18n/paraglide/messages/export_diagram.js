/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_DiagramInputs */

const en_export_diagram = /** @type {(inputs: Export_DiagramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export diagram`)
};

const es_export_diagram = /** @type {(inputs: Export_DiagramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportar el diagrama`)
};

const de_export_diagram = /** @type {(inputs: Export_DiagramInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagramm exportieren`)
};

/**
* | output |
* | --- |
* | "Export diagram" |
*
* @param {Export_DiagramInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const export_diagram = /** @type {((inputs?: Export_DiagramInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_DiagramInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_diagram(inputs)
	if (locale === "de") return de_export_diagram(inputs)
	return en_export_diagram(inputs)
});