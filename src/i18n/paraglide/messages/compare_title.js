/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_TitleInputs */

const en_compare_title = /** @type {(inputs: Compare_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Side by side`)
};

const es_compare_title = /** @type {(inputs: Compare_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lado a lado`)
};

const de_compare_title = /** @type {(inputs: Compare_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nebeneinander`)
};

/**
* | output |
* | --- |
* | "Side by side" |
*
* @param {Compare_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_title = /** @type {((inputs?: Compare_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_title(inputs)
	if (locale === "de") return de_compare_title(inputs)
	return en_compare_title(inputs)
});