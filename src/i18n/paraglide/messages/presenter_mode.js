/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_ModeInputs */

const en_presenter_mode = /** @type {(inputs: Presenter_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presenter mode`)
};

const es_presenter_mode = /** @type {(inputs: Presenter_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modo presentación`)
};

const de_presenter_mode = /** @type {(inputs: Presenter_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Präsentationsmodus`)
};

/**
* | output |
* | --- |
* | "Presenter mode" |
*
* @param {Presenter_ModeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_mode = /** @type {((inputs?: Presenter_ModeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_ModeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_mode(inputs)
	if (locale === "de") return de_presenter_mode(inputs)
	return en_presenter_mode(inputs)
});