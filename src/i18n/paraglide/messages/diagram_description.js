/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diagram_DescriptionInputs */

const en_diagram_description = /** @type {(inputs: Diagram_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each arrow is one command or reply. Select an arrow to explain it.`)
};

const es_diagram_description = /** @type {(inputs: Diagram_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cada flecha es una orden o una respuesta. Selecciona una flecha para que se explique.`)
};

const de_diagram_description = /** @type {(inputs: Diagram_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jeder Pfeil ist ein Befehl oder eine Antwort. Wähle einen Pfeil, um ihn erklärt zu bekommen.`)
};

/**
* | output |
* | --- |
* | "Each arrow is one command or reply. Select an arrow to explain it." |
*
* @param {Diagram_DescriptionInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const diagram_description = /** @type {((inputs?: Diagram_DescriptionInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_DescriptionInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_description(inputs)
	if (locale === "de") return de_diagram_description(inputs)
	return en_diagram_description(inputs)
});