/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_ScenarioInputs */

const en_export_scenario = /** @type {(inputs: Export_ScenarioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export scenario`)
};

const es_export_scenario = /** @type {(inputs: Export_ScenarioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportar el escenario`)
};

const de_export_scenario = /** @type {(inputs: Export_ScenarioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Szenario exportieren`)
};

/**
* | output |
* | --- |
* | "Export scenario" |
*
* @param {Export_ScenarioInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const export_scenario = /** @type {((inputs?: Export_ScenarioInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_ScenarioInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_scenario(inputs)
	if (locale === "de") return de_export_scenario(inputs)
	return en_export_scenario(inputs)
});