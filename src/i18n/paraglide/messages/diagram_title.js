/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diagram_TitleInputs */

const en_diagram_title = /** @type {(inputs: Diagram_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sequence`)
};

const es_diagram_title = /** @type {(inputs: Diagram_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Secuencia`)
};

const de_diagram_title = /** @type {(inputs: Diagram_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ablauf`)
};

/**
* | output |
* | --- |
* | "Sequence" |
*
* @param {Diagram_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const diagram_title = /** @type {((inputs?: Diagram_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_title(inputs)
	if (locale === "de") return de_diagram_title(inputs)
	return en_diagram_title(inputs)
});