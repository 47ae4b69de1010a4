/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Pollagain1Inputs */

const en_controls_pollagain1 = /** @type {(inputs: Controls_Pollagain1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check mail again later`)
};

const es_controls_pollagain1 = /** @type {(inputs: Controls_Pollagain1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a mirar el correo más tarde`)
};

const de_controls_pollagain1 = /** @type {(inputs: Controls_Pollagain1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Später noch einmal Mail abrufen`)
};

/**
* | output |
* | --- |
* | "Check mail again later" |
*
* @param {Controls_Pollagain1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_pollagain1 = /** @type {((inputs?: Controls_Pollagain1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Pollagain1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_pollagain1(inputs)
	if (locale === "de") return de_controls_pollagain1(inputs)
	return en_controls_pollagain1(inputs)
});
export { controls_pollagain1 as "controls_pollAgain" }