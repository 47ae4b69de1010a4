/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Modekeep1Inputs */

const en_embed_modekeep1 = /** @type {(inputs: Embed_Modekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leave on server`)
};

const es_embed_modekeep1 = /** @type {(inputs: Embed_Modekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dejar en el servidor`)
};

const de_embed_modekeep1 = /** @type {(inputs: Embed_Modekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "leave on server" |
*
* @param {Embed_Modekeep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_modekeep1 = /** @type {((inputs?: Embed_Modekeep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Modekeep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_modekeep1(inputs)
	if (locale === "de") return de_embed_modekeep1(inputs)
	return en_embed_modekeep1(inputs)
});
export { embed_modekeep1 as "embed_modeKeep" }