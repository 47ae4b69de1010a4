/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_DetailInputs */

const en_controls_detail = /** @type {(inputs: Controls_DetailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detail`)
};

const es_controls_detail = /** @type {(inputs: Controls_DetailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detalle`)
};

const de_controls_detail = /** @type {(inputs: Controls_DetailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detail`)
};

/**
* | output |
* | --- |
* | "Detail" |
*
* @param {Controls_DetailInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const controls_detail = /** @type {((inputs?: Controls_DetailInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_DetailInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_detail(inputs)
	if (locale === "de") return de_controls_detail(inputs)
	return en_controls_detail(inputs)
});