/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Cataloguerow1Inputs */

const en_format_cataloguerow1 = /** @type {(inputs: Format_Cataloguerow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a failure-catalogue row such as "F3" or "F11/F14"`)
};

const es_format_cataloguerow1 = /** @type {(inputs: Format_Cataloguerow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una fila del catálogo de fallos, como "F3" o "F11/F14"`)
};

const de_format_cataloguerow1 = /** @type {(inputs: Format_Cataloguerow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Zeile des Fehlerkatalogs, etwa "F3" oder "F11/F14"`)
};

/**
* | output |
* | --- |
* | "a failure-catalogue row such as \"F3\" or \"F11/F14\"" |
*
* @param {Format_Cataloguerow1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_cataloguerow1 = /** @type {((inputs?: Format_Cataloguerow1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Cataloguerow1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_cataloguerow1(inputs)
	if (locale === "de") return de_format_cataloguerow1(inputs)
	return en_format_cataloguerow1(inputs)
});
export { format_cataloguerow1 as "format_catalogueRow" }