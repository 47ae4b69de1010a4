/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_NarrationInputs */

const en_presenter_narration = /** @type {(inputs: Presenter_NarrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Now`)
};

const es_presenter_narration = /** @type {(inputs: Presenter_NarrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ahora`)
};

const de_presenter_narration = /** @type {(inputs: Presenter_NarrationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt`)
};

/**
* | output |
* | --- |
* | "Now" |
*
* @param {Presenter_NarrationInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_narration = /** @type {((inputs?: Presenter_NarrationInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_NarrationInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_narration(inputs)
	if (locale === "de") return de_presenter_narration(inputs)
	return en_presenter_narration(inputs)
});