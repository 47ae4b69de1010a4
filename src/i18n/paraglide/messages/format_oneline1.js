/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Oneline1Inputs */

const en_format_oneline1 = /** @type {(inputs: Format_Oneline1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`must be one line (no CR or LF)`)
};

const es_format_oneline1 = /** @type {(inputs: Format_Oneline1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`debe ser una sola línea (sin CR ni LF)`)
};

const de_format_oneline1 = /** @type {(inputs: Format_Oneline1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`muss eine einzige Zeile sein (ohne CR oder LF)`)
};

/**
* | output |
* | --- |
* | "must be one line (no CR or LF)" |
*
* @param {Format_Oneline1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_oneline1 = /** @type {((inputs?: Format_Oneline1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Oneline1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_oneline1(inputs)
	if (locale === "de") return de_format_oneline1(inputs)
	return en_format_oneline1(inputs)
});
export { format_oneline1 as "format_oneLine" }