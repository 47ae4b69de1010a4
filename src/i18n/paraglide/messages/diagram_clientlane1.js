/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Diagram_Clientlane1Inputs */

const en_diagram_clientlane1 = /** @type {(inputs: Diagram_Clientlane1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Client: ${i?.device}`)
};

const es_diagram_clientlane1 = /** @type {(inputs: Diagram_Clientlane1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cliente: ${i?.device}`)
};

const de_diagram_clientlane1 = /** @type {(inputs: Diagram_Clientlane1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Client: ${i?.device}`)
};

/**
* | output |
* | --- |
* | "Client: {device}" |
*
* @param {Diagram_Clientlane1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const diagram_clientlane1 = /** @type {((inputs: Diagram_Clientlane1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_Clientlane1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_clientlane1(inputs)
	if (locale === "de") return de_diagram_clientlane1(inputs)
	return en_diagram_clientlane1(inputs)
});
export { diagram_clientlane1 as "diagram_clientLane" }