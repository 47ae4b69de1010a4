/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Copyelement1Inputs */

const en_embed_copyelement1 = /** @type {(inputs: Embed_Copyelement1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy custom element`)
};

const es_embed_copyelement1 = /** @type {(inputs: Embed_Copyelement1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiar el elemento`)
};

const de_embed_copyelement1 = /** @type {(inputs: Embed_Copyelement1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Element kopieren`)
};

/**
* | output |
* | --- |
* | "Copy custom element" |
*
* @param {Embed_Copyelement1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_copyelement1 = /** @type {((inputs?: Embed_Copyelement1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Copyelement1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_copyelement1(inputs)
	if (locale === "de") return de_embed_copyelement1(inputs)
	return en_embed_copyelement1(inputs)
});
export { embed_copyelement1 as "embed_copyElement" }