/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_PlayInputs */

const en_controls_play = /** @type {(inputs: Controls_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play`)
};

const es_controls_play = /** @type {(inputs: Controls_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproducir`)
};

const de_controls_play = /** @type {(inputs: Controls_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abspielen`)
};

/**
* | output |
* | --- |
* | "Play" |
*
* @param {Controls_PlayInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const controls_play = /** @type {((inputs?: Controls_PlayInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_PlayInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_play(inputs)
	if (locale === "de") return de_controls_play(inputs)
	return en_controls_play(inputs)
});