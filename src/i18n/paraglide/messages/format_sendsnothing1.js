/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Sendsnothing1Inputs */

const en_format_sendsnothing1 = /** @type {(inputs: Format_Sendsnothing1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing`)
};

const es_format_sendsnothing1 = /** @type {(inputs: Format_Sendsnothing1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nada`)
};

const de_format_sendsnothing1 = /** @type {(inputs: Format_Sendsnothing1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nichts`)
};

/**
* | output |
* | --- |
* | "nothing" |
*
* @param {Format_Sendsnothing1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_sendsnothing1 = /** @type {((inputs?: Format_Sendsnothing1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Sendsnothing1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_sendsnothing1(inputs)
	if (locale === "de") return de_format_sendsnothing1(inputs)
	return en_format_sendsnothing1(inputs)
});
export { format_sendsnothing1 as "format_sendsNothing" }