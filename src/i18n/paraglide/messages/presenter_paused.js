/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_PausedInputs */

const en_presenter_paused = /** @type {(inputs: Presenter_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paused`)
};

const es_presenter_paused = /** @type {(inputs: Presenter_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En pausa`)
};

const de_presenter_paused = /** @type {(inputs: Presenter_PausedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angehalten`)
};

/**
* | output |
* | --- |
* | "Paused" |
*
* @param {Presenter_PausedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_paused = /** @type {((inputs?: Presenter_PausedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_PausedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_paused(inputs)
	if (locale === "de") return de_presenter_paused(inputs)
	return en_presenter_paused(inputs)
});