/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_RemoteInputs */

const en_presenter_remote = /** @type {(inputs: Presenter_RemoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remote`)
};

const es_presenter_remote = /** @type {(inputs: Presenter_RemoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mando`)
};

const de_presenter_remote = /** @type {(inputs: Presenter_RemoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fernbedienung`)
};

/**
* | output |
* | --- |
* | "Remote" |
*
* @param {Presenter_RemoteInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_remote = /** @type {((inputs?: Presenter_RemoteInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_RemoteInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_remote(inputs)
	if (locale === "de") return de_presenter_remote(inputs)
	return en_presenter_remote(inputs)
});