/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diagram_Serverlane1Inputs */

const en_diagram_serverlane1 = /** @type {(inputs: Diagram_Serverlane1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

const es_diagram_serverlane1 = /** @type {(inputs: Diagram_Serverlane1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servidor`)
};

const de_diagram_serverlane1 = /** @type {(inputs: Diagram_Serverlane1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

/**
* | output |
* | --- |
* | "Server" |
*
* @param {Diagram_Serverlane1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const diagram_serverlane1 = /** @type {((inputs?: Diagram_Serverlane1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_Serverlane1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_serverlane1(inputs)
	if (locale === "de") return de_diagram_serverlane1(inputs)
	return en_diagram_serverlane1(inputs)
});
export { diagram_serverlane1 as "diagram_serverLane" }