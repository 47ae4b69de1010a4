/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Importerrortitle2Inputs */

const en_export_importerrortitle2 = /** @type {(inputs: Export_Importerrortitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This scenario file could not be imported; the scenario on screen is unchanged. Problems found:`)
};

const es_export_importerrortitle2 = /** @type {(inputs: Export_Importerrortitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudo importar este archivo de escenario; el escenario en pantalla no ha cambiado. Problemas encontrados:`)
};

const de_export_importerrortitle2 = /** @type {(inputs: Export_Importerrortitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Szenariodatei ließ sich nicht importieren; das Szenario auf dem Bildschirm bleibt unverändert. Gefundene Probleme:`)
};

/**
* | output |
* | --- |
* | "This scenario file could not be imported; the scenario on screen is unchanged. Problems found:" |
*
* @param {Export_Importerrortitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const export_importerrortitle2 = /** @type {((inputs?: Export_Importerrortitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Importerrortitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_importerrortitle2(inputs)
	if (locale === "de") return de_export_importerrortitle2(inputs)
	return en_export_importerrortitle2(inputs)
});
export { export_importerrortitle2 as "export_importErrorTitle" }