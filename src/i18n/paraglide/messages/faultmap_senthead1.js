/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Senthead1Inputs */

const en_faultmap_senthead1 = /** @type {(inputs: Faultmap_Senthead1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent in this step`)
};

const es_faultmap_senthead1 = /** @type {(inputs: Faultmap_Senthead1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviado en este paso`)
};

const de_faultmap_senthead1 = /** @type {(inputs: Faultmap_Senthead1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Schritt gesendet`)
};

/**
* | output |
* | --- |
* | "Sent in this step" |
*
* @param {Faultmap_Senthead1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_senthead1 = /** @type {((inputs?: Faultmap_Senthead1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Senthead1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_senthead1(inputs)
	if (locale === "de") return de_faultmap_senthead1(inputs)
	return en_faultmap_senthead1(inputs)
});
export { faultmap_senthead1 as "faultmap_sentHead" }