/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Blankhint1Inputs */

const en_presenter_blankhint1 = /** @type {(inputs: Presenter_Blankhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press B or . to show the lab again.`)
};

const es_presenter_blankhint1 = /** @type {(inputs: Presenter_Blankhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa B o . para volver a mostrar el laboratorio.`)
};

const de_presenter_blankhint1 = /** @type {(inputs: Presenter_Blankhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke B oder ., um das Lab wieder zu zeigen.`)
};

/**
* | output |
* | --- |
* | "Press B or . to show the lab again." |
*
* @param {Presenter_Blankhint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_blankhint1 = /** @type {((inputs?: Presenter_Blankhint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Blankhint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_blankhint1(inputs)
	if (locale === "de") return de_presenter_blankhint1(inputs)
	return en_presenter_blankhint1(inputs)
});
export { presenter_blankhint1 as "presenter_blankHint" }