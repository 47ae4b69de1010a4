/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Lessonsteps1Inputs */

const en_presenter_lessonsteps1 = /** @type {(inputs: Presenter_Lessonsteps1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps`)
};

const es_presenter_lessonsteps1 = /** @type {(inputs: Presenter_Lessonsteps1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pasos`)
};

const de_presenter_lessonsteps1 = /** @type {(inputs: Presenter_Lessonsteps1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritte`)
};

/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Presenter_Lessonsteps1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_lessonsteps1 = /** @type {((inputs?: Presenter_Lessonsteps1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Lessonsteps1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_lessonsteps1(inputs)
	if (locale === "de") return de_presenter_lessonsteps1(inputs)
	return en_presenter_lessonsteps1(inputs)
});
export { presenter_lessonsteps1 as "presenter_lessonSteps" }