/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diagram_TabInputs */

const en_diagram_tab = /** @type {(inputs: Diagram_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sequence`)
};

const es_diagram_tab = /** @type {(inputs: Diagram_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Secuencia`)
};

const de_diagram_tab = /** @type {(inputs: Diagram_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ablauf`)
};

/**
* | output |
* | --- |
* | "Sequence" |
*
* @param {Diagram_TabInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const diagram_tab = /** @type {((inputs?: Diagram_TabInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_TabInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_tab(inputs)
	if (locale === "de") return de_diagram_tab(inputs)
	return en_diagram_tab(inputs)
});