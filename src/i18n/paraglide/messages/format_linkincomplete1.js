/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Linkincomplete1Inputs */

const en_format_linkincomplete1 = /** @type {(inputs: Format_Linkincomplete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the link's compressed data is incomplete`)
};

const es_format_linkincomplete1 = /** @type {(inputs: Format_Linkincomplete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`los datos comprimidos del enlace están incompletos`)
};

const de_format_linkincomplete1 = /** @type {(inputs: Format_Linkincomplete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die komprimierten Daten des Links sind unvollständig`)
};

/**
* | output |
* | --- |
* | "the link's compressed data is incomplete" |
*
* @param {Format_Linkincomplete1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linkincomplete1 = /** @type {((inputs?: Format_Linkincomplete1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linkincomplete1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linkincomplete1(inputs)
	if (locale === "de") return de_format_linkincomplete1(inputs)
	return en_format_linkincomplete1(inputs)
});
export { format_linkincomplete1 as "format_linkIncomplete" }