/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Blankresume1Inputs */

const en_presenter_blankresume1 = /** @type {(inputs: Presenter_Blankresume1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the lab`)
};

const es_presenter_blankresume1 = /** @type {(inputs: Presenter_Blankresume1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar el laboratorio`)
};

const de_presenter_blankresume1 = /** @type {(inputs: Presenter_Blankresume1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lab zeigen`)
};

/**
* | output |
* | --- |
* | "Show the lab" |
*
* @param {Presenter_Blankresume1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_blankresume1 = /** @type {((inputs?: Presenter_Blankresume1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Blankresume1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_blankresume1(inputs)
	if (locale === "de") return de_presenter_blankresume1(inputs)
	return en_presenter_blankresume1(inputs)
});
export { presenter_blankresume1 as "presenter_blankResume" }