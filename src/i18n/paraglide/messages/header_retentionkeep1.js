/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Header_Retentionkeep1Inputs */

const en_header_retentionkeep1 = /** @type {(inputs: Header_Retentionkeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave on server`)
};

const es_header_retentionkeep1 = /** @type {(inputs: Header_Retentionkeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor`)
};

const de_header_retentionkeep1 = /** @type {(inputs: Header_Retentionkeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "Leave on server" |
*
* @param {Header_Retentionkeep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const header_retentionkeep1 = /** @type {((inputs?: Header_Retentionkeep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_Retentionkeep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_header_retentionkeep1(inputs)
	if (locale === "de") return de_header_retentionkeep1(inputs)
	return en_header_retentionkeep1(inputs)
});
export { header_retentionkeep1 as "header_retentionKeep" }