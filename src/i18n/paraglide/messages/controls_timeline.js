/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_TimelineInputs */

const en_controls_timeline = /** @type {(inputs: Controls_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline`)
};

const es_controls_timeline = /** @type {(inputs: Controls_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Línea de tiempo`)
};

const de_controls_timeline = /** @type {(inputs: Controls_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeitleiste`)
};

/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {Controls_TimelineInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const controls_timeline = /** @type {((inputs?: Controls_TimelineInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_TimelineInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_timeline(inputs)
	if (locale === "de") return de_controls_timeline(inputs)
	return en_controls_timeline(inputs)
});