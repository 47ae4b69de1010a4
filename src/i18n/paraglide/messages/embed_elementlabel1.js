/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Elementlabel1Inputs */

const en_embed_elementlabel1 = /** @type {(inputs: Embed_Elementlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Custom element`)
};

const es_embed_elementlabel1 = /** @type {(inputs: Embed_Elementlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elemento personalizado`)
};

const de_embed_elementlabel1 = /** @type {(inputs: Embed_Elementlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eigenes Element`)
};

/**
* | output |
* | --- |
* | "Custom element" |
*
* @param {Embed_Elementlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_elementlabel1 = /** @type {((inputs?: Embed_Elementlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Elementlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_elementlabel1(inputs)
	if (locale === "de") return de_embed_elementlabel1(inputs)
	return en_embed_elementlabel1(inputs)
});
export { embed_elementlabel1 as "embed_elementLabel" }