/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Errortitle1Inputs */

const en_app_errortitle1 = /** @type {(inputs: App_Errortitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong`)
};

const es_app_errortitle1 = /** @type {(inputs: App_Errortitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algo ha salido mal`)
};

const de_app_errortitle1 = /** @type {(inputs: App_Errortitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etwas ist schiefgegangen`)
};

/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {App_Errortitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const app_errortitle1 = /** @type {((inputs?: App_Errortitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Errortitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_app_errortitle1(inputs)
	if (locale === "de") return de_app_errortitle1(inputs)
	return en_app_errortitle1(inputs)
});
export { app_errortitle1 as "app_errorTitle" }