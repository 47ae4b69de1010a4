/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_ErrorInputs */

const en_compare_error = /** @type {(inputs: Compare_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This comparison could not be run`)
};

const es_compare_error = /** @type {(inputs: Compare_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudo ejecutar esta comparación`)
};

const de_compare_error = /** @type {(inputs: Compare_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Vergleich ließ sich nicht ausführen`)
};

/**
* | output |
* | --- |
* | "This comparison could not be run" |
*
* @param {Compare_ErrorInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_error = /** @type {((inputs?: Compare_ErrorInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_ErrorInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_error(inputs)
	if (locale === "de") return de_compare_error(inputs)
	return en_compare_error(inputs)
});