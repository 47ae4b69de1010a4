/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ estimate: NonNullable<unknown>, limit: NonNullable<unknown> }} Format_Scenariotoolarge2Inputs */

const en_format_scenariotoolarge2 = /** @type {(inputs: Format_Scenariotoolarge2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`scenario too large: about ${i?.estimate} events, at most ${i?.limit}; reduce polls or messages`)
};

const es_format_scenariotoolarge2 = /** @type {(inputs: Format_Scenariotoolarge2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`escenario demasiado grande: unos ${i?.estimate} eventos, como máximo ${i?.limit}; reduce las consultas al servidor o los mensajes`)
};

const de_format_scenariotoolarge2 = /** @type {(inputs: Format_Scenariotoolarge2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Szenario zu groß: etwa ${i?.estimate} Ereignisse, höchstens ${i?.limit}; verringere die Abrufe oder die Nachrichten`)
};

/**
* | output |
* | --- |
* | "scenario too large: about {estimate} events, at most {limit}; reduce polls or messages" |
*
* @param {Format_Scenariotoolarge2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_scenariotoolarge2 = /** @type {((inputs: Format_Scenariotoolarge2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Scenariotoolarge2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_scenariotoolarge2(inputs)
	if (locale === "de") return de_format_scenariotoolarge2(inputs)
	return en_format_scenariotoolarge2(inputs)
});
export { format_scenariotoolarge2 as "format_scenarioTooLarge" }