/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_PlayingInputs */

const en_presenter_playing = /** @type {(inputs: Presenter_PlayingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Playing`)
};

const es_presenter_playing = /** @type {(inputs: Presenter_PlayingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduciendo`)
};

const de_presenter_playing = /** @type {(inputs: Presenter_PlayingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Läuft`)
};

/**
* | output |
* | --- |
* | "Playing" |
*
* @param {Presenter_PlayingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_playing = /** @type {((inputs?: Presenter_PlayingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_PlayingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_playing(inputs)
	if (locale === "de") return de_presenter_playing(inputs)
	return en_presenter_playing(inputs)
});