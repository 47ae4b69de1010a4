/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_PlayInputs */

const en_compare_play = /** @type {(inputs: Compare_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play both`)
};

const es_compare_play = /** @type {(inputs: Compare_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproducir los dos`)
};

const de_compare_play = /** @type {(inputs: Compare_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide abspielen`)
};

/**
* | output |
* | --- |
* | "Play both" |
*
* @param {Compare_PlayInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_play = /** @type {((inputs?: Compare_PlayInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_PlayInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_play(inputs)
	if (locale === "de") return de_compare_play(inputs)
	return en_compare_play(inputs)
});