/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Blanktitle1Inputs */

const en_presenter_blanktitle1 = /** @type {(inputs: Presenter_Blanktitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paused`)
};

const es_presenter_blanktitle1 = /** @type {(inputs: Presenter_Blanktitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En pausa`)
};

const de_presenter_blanktitle1 = /** @type {(inputs: Presenter_Blanktitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

/**
* | output |
* | --- |
* | "Paused" |
*
* @param {Presenter_Blanktitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_blanktitle1 = /** @type {((inputs?: Presenter_Blanktitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Blanktitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_blanktitle1(inputs)
	if (locale === "de") return de_presenter_blanktitle1(inputs)
	return en_presenter_blanktitle1(inputs)
});
export { presenter_blanktitle1 as "presenter_blankTitle" }