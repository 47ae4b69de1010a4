/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ detail: NonNullable<unknown> }} App_Linkerror1Inputs */

const en_app_linkerror1 = /** @type {(inputs: App_Linkerror1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This share link could not be opened: ${i?.detail}. The default scenario is shown instead.`)
};

const es_app_linkerror1 = /** @type {(inputs: App_Linkerror1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No se pudo abrir este enlace compartido: ${i?.detail}. En su lugar se muestra el escenario predeterminado.`)
};

const de_app_linkerror1 = /** @type {(inputs: App_Linkerror1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dieser geteilte Link ließ sich nicht öffnen: ${i?.detail}. Stattdessen wird das Standardszenario gezeigt.`)
};

/**
* | output |
* | --- |
* | "This share link could not be opened: {detail}. The default scenario is shown instead." |
*
* @param {App_Linkerror1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const app_linkerror1 = /** @type {((inputs: App_Linkerror1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Linkerror1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_app_linkerror1(inputs)
	if (locale === "de") return de_app_linkerror1(inputs)
	return en_app_linkerror1(inputs)
});
export { app_linkerror1 as "app_linkError" }