/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Header_ScenarioInputs */

const en_header_scenario = /** @type {(inputs: Header_ScenarioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scenario`)
};

const es_header_scenario = /** @type {(inputs: Header_ScenarioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escenario`)
};

const de_header_scenario = /** @type {(inputs: Header_ScenarioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Szenario`)
};

/**
* | output |
* | --- |
* | "Scenario" |
*
* @param {Header_ScenarioInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const header_scenario = /** @type {((inputs?: Header_ScenarioInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_ScenarioInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_header_scenario(inputs)
	if (locale === "de") return de_header_scenario(inputs)
	return en_header_scenario(inputs)
});