/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Copyiframe1Inputs */

const en_embed_copyiframe1 = /** @type {(inputs: Embed_Copyiframe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy iframe`)
};

const es_embed_copyiframe1 = /** @type {(inputs: Embed_Copyiframe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiar el iframe`)
};

const de_embed_copyiframe1 = /** @type {(inputs: Embed_Copyiframe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iframe kopieren`)
};

/**
* | output |
* | --- |
* | "Copy iframe" |
*
* @param {Embed_Copyiframe1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_copyiframe1 = /** @type {((inputs?: Embed_Copyiframe1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Copyiframe1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_copyiframe1(inputs)
	if (locale === "de") return de_embed_copyiframe1(inputs)
	return en_embed_copyiframe1(inputs)
});
export { embed_copyiframe1 as "embed_copyIframe" }