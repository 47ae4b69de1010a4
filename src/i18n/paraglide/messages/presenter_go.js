/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_GoInputs */

const en_presenter_go = /** @type {(inputs: Presenter_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go`)
};

const es_presenter_go = /** @type {(inputs: Presenter_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ir`)
};

const de_presenter_go = /** @type {(inputs: Presenter_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los`)
};

/**
* | output |
* | --- |
* | "Go" |
*
* @param {Presenter_GoInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_go = /** @type {((inputs?: Presenter_GoInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_GoInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_go(inputs)
	if (locale === "de") return de_presenter_go(inputs)
	return en_presenter_go(inputs)
});