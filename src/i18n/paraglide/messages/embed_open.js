/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_OpenInputs */

const en_embed_open = /** @type {(inputs: Embed_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed`)
};

const es_embed_open = /** @type {(inputs: Embed_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Insertar`)
};

const de_embed_open = /** @type {(inputs: Embed_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einbetten`)
};

/**
* | output |
* | --- |
* | "Embed" |
*
* @param {Embed_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const embed_open = /** @type {((inputs?: Embed_OpenInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_OpenInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_open(inputs)
	if (locale === "de") return de_embed_open(inputs)
	return en_embed_open(inputs)
});