/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Notestitle1Inputs */

const en_presenter_notestitle1 = /** @type {(inputs: Presenter_Notestitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presenter notes`)
};

const es_presenter_notestitle1 = /** @type {(inputs: Presenter_Notestitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notas del presentador`)
};

const de_presenter_notestitle1 = /** @type {(inputs: Presenter_Notestitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notizen für Vortragende`)
};

/**
* | output |
* | --- |
* | "Presenter notes" |
*
* @param {Presenter_Notestitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_notestitle1 = /** @type {((inputs?: Presenter_Notestitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Notestitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_notestitle1(inputs)
	if (locale === "de") return de_presenter_notestitle1(inputs)
	return en_presenter_notestitle1(inputs)
});
export { presenter_notestitle1 as "presenter_notesTitle" }