/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Nextnone1Inputs */

const en_presenter_nextnone1 = /** @type {(inputs: Presenter_Nextnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the last step.`)
};

const es_presenter_nextnone1 = /** @type {(inputs: Presenter_Nextnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este es el último paso.`)
};

const de_presenter_nextnone1 = /** @type {(inputs: Presenter_Nextnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das ist der letzte Schritt.`)
};

/**
* | output |
* | --- |
* | "This is the last step." |
*
* @param {Presenter_Nextnone1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_nextnone1 = /** @type {((inputs?: Presenter_Nextnone1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Nextnone1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_nextnone1(inputs)
	if (locale === "de") return de_presenter_nextnone1(inputs)
	return en_presenter_nextnone1(inputs)
});
export { presenter_nextnone1 as "presenter_nextNone" }