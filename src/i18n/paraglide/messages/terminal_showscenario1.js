/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Showscenario1Inputs */

const en_terminal_showscenario1 = /** @type {(inputs: Terminal_Showscenario1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the scenario again`)
};

const es_terminal_showscenario1 = /** @type {(inputs: Terminal_Showscenario1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a mostrar el escenario`)
};

const de_terminal_showscenario1 = /** @type {(inputs: Terminal_Showscenario1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wieder das Szenario zeigen`)
};

/**
* | output |
* | --- |
* | "Show the scenario again" |
*
* @param {Terminal_Showscenario1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_showscenario1 = /** @type {((inputs?: Terminal_Showscenario1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Showscenario1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_showscenario1(inputs)
	if (locale === "de") return de_terminal_showscenario1(inputs)
	return en_terminal_showscenario1(inputs)
});
export { terminal_showscenario1 as "terminal_showScenario" }