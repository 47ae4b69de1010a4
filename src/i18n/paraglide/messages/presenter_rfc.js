/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_RfcInputs */

const en_presenter_rfc = /** @type {(inputs: Presenter_RfcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC`)
};

const es_presenter_rfc = /** @type {(inputs: Presenter_RfcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC`)
};

const de_presenter_rfc = /** @type {(inputs: Presenter_RfcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC`)
};

/**
* | output |
* | --- |
* | "RFC" |
*
* @param {Presenter_RfcInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_rfc = /** @type {((inputs?: Presenter_RfcInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_RfcInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_rfc(inputs)
	if (locale === "de") return de_presenter_rfc(inputs)
	return en_presenter_rfc(inputs)
});