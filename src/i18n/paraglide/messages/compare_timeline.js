/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_TimelineInputs */

const en_compare_timeline = /** @type {(inputs: Compare_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline`)
};

const es_compare_timeline = /** @type {(inputs: Compare_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Línea de tiempo`)
};

const de_compare_timeline = /** @type {(inputs: Compare_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeitleiste`)
};

/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {Compare_TimelineInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_timeline = /** @type {((inputs?: Compare_TimelineInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_TimelineInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_timeline(inputs)
	if (locale === "de") return de_compare_timeline(inputs)
	return en_compare_timeline(inputs)
});