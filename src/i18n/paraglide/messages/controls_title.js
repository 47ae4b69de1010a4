/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_TitleInputs */

const en_controls_title = /** @type {(inputs: Controls_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Playback`)
};

const es_controls_title = /** @type {(inputs: Controls_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproducción`)
};

const de_controls_title = /** @type {(inputs: Controls_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wiedergabe`)
};

/**
* | output |
* | --- |
* | "Playback" |
*
* @param {Controls_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const controls_title = /** @type {((inputs?: Controls_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_title(inputs)
	if (locale === "de") return de_controls_title(inputs)
	return en_controls_title(inputs)
});