/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Onlywithkeep2Inputs */

const en_format_onlywithkeep2 = /** @type {(inputs: Format_Onlywithkeep2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only meaningful with retention "keep"`)
};

const es_format_onlywithkeep2 = /** @type {(inputs: Format_Onlywithkeep2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`solo tiene sentido con retention "keep"`)
};

const de_format_onlywithkeep2 = /** @type {(inputs: Format_Onlywithkeep2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nur sinnvoll mit retention "keep"`)
};

/**
* | output |
* | --- |
* | "only meaningful with retention \"keep\"" |
*
* @param {Format_Onlywithkeep2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_onlywithkeep2 = /** @type {((inputs?: Format_Onlywithkeep2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Onlywithkeep2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_onlywithkeep2(inputs)
	if (locale === "de") return de_format_onlywithkeep2(inputs)
	return en_format_onlywithkeep2(inputs)
});
export { format_onlywithkeep2 as "format_onlyWithKeep" }