/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Notesdocumenttitle2Inputs */

const en_presenter_notesdocumenttitle2 = /** @type {(inputs: Presenter_Notesdocumenttitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP Lab: presenter notes`)
};

const es_presenter_notesdocumenttitle2 = /** @type {(inputs: Presenter_Notesdocumenttitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP Lab: notas del presentador`)
};

const de_presenter_notesdocumenttitle2 = /** @type {(inputs: Presenter_Notesdocumenttitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP Lab: Notizen für Vortragende`)
};

/**
* | output |
* | --- |
* | "POP Lab: presenter notes" |
*
* @param {Presenter_Notesdocumenttitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_notesdocumenttitle2 = /** @type {((inputs?: Presenter_Notesdocumenttitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Notesdocumenttitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_notesdocumenttitle2(inputs)
	if (locale === "de") return de_presenter_notesdocumenttitle2(inputs)
	return en_presenter_notesdocumenttitle2(inputs)
});
export { presenter_notesdocumenttitle2 as "presenter_notesDocumentTitle" }