/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Jumpto1Inputs */

const en_presenter_jumpto1 = /** @type {(inputs: Presenter_Jumpto1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to step`)
};

const es_presenter_jumpto1 = /** @type {(inputs: Presenter_Jumpto1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ir al paso`)
};

const de_presenter_jumpto1 = /** @type {(inputs: Presenter_Jumpto1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zu Schritt`)
};

/**
* | output |
* | --- |
* | "Go to step" |
*
* @param {Presenter_Jumpto1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_jumpto1 = /** @type {((inputs?: Presenter_Jumpto1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Jumpto1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_jumpto1(inputs)
	if (locale === "de") return de_presenter_jumpto1(inputs)
	return en_presenter_jumpto1(inputs)
});
export { presenter_jumpto1 as "presenter_jumpTo" }