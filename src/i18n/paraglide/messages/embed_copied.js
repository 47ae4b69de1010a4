/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_CopiedInputs */

const en_embed_copied = /** @type {(inputs: Embed_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied.`)
};

const es_embed_copied = /** @type {(inputs: Embed_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiado.`)
};

const de_embed_copied = /** @type {(inputs: Embed_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiert.`)
};

/**
* | output |
* | --- |
* | "Copied." |
*
* @param {Embed_CopiedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const embed_copied = /** @type {((inputs?: Embed_CopiedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_CopiedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_copied(inputs)
	if (locale === "de") return de_embed_copied(inputs)
	return en_embed_copied(inputs)
});