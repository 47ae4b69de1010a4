/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Starthere1Inputs */

const en_app_starthere1 = /** @type {(inputs: App_Starthere1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start here:`)
};

const es_app_starthere1 = /** @type {(inputs: App_Starthere1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empieza aquí:`)
};

const de_app_starthere1 = /** @type {(inputs: App_Starthere1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So geht’s los:`)
};

/**
* | output |
* | --- |
* | "Start here:" |
*
* @param {App_Starthere1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const app_starthere1 = /** @type {((inputs?: App_Starthere1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Starthere1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_app_starthere1(inputs)
	if (locale === "de") return de_app_starthere1(inputs)
	return en_app_starthere1(inputs)
});
export { app_starthere1 as "app_startHere" }