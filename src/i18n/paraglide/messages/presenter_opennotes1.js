/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Opennotes1Inputs */

const en_presenter_opennotes1 = /** @type {(inputs: Presenter_Opennotes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open presenter notes`)
};

const es_presenter_opennotes1 = /** @type {(inputs: Presenter_Opennotes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrir las notas del presentador`)
};

const de_presenter_opennotes1 = /** @type {(inputs: Presenter_Opennotes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notizen für Vortragende öffnen`)
};

/**
* | output |
* | --- |
* | "Open presenter notes" |
*
* @param {Presenter_Opennotes1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_opennotes1 = /** @type {((inputs?: Presenter_Opennotes1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Opennotes1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_opennotes1(inputs)
	if (locale === "de") return de_presenter_opennotes1(inputs)
	return en_presenter_opennotes1(inputs)
});
export { presenter_opennotes1 as "presenter_openNotes" }