/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Iframelabel1Inputs */

const en_embed_iframelabel1 = /** @type {(inputs: Embed_Iframelabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iframe`)
};

const es_embed_iframelabel1 = /** @type {(inputs: Embed_Iframelabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iframe`)
};

const de_embed_iframelabel1 = /** @type {(inputs: Embed_Iframelabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iframe`)
};

/**
* | output |
* | --- |
* | "Iframe" |
*
* @param {Embed_Iframelabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_iframelabel1 = /** @type {((inputs?: Embed_Iframelabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Iframelabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_iframelabel1(inputs)
	if (locale === "de") return de_embed_iframelabel1(inputs)
	return en_embed_iframelabel1(inputs)
});
export { embed_iframelabel1 as "embed_iframeLabel" }