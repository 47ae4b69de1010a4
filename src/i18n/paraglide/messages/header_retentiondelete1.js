/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Header_Retentiondelete1Inputs */

const en_header_retentiondelete1 = /** @type {(inputs: Header_Retentiondelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete on download`)
};

const es_header_retentiondelete1 = /** @type {(inputs: Header_Retentiondelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borrar al descargar`)
};

const de_header_retentiondelete1 = /** @type {(inputs: Header_Retentiondelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim Abrufen löschen`)
};

/**
* | output |
* | --- |
* | "Delete on download" |
*
* @param {Header_Retentiondelete1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const header_retentiondelete1 = /** @type {((inputs?: Header_Retentiondelete1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_Retentiondelete1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_header_retentiondelete1(inputs)
	if (locale === "de") return de_header_retentiondelete1(inputs)
	return en_header_retentiondelete1(inputs)
});
export { header_retentiondelete1 as "header_retentionDelete" }