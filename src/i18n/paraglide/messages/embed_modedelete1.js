/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Modedelete1Inputs */

const en_embed_modedelete1 = /** @type {(inputs: Embed_Modedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`delete on download`)
};

const es_embed_modedelete1 = /** @type {(inputs: Embed_Modedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`borrar al descargar`)
};

const de_embed_modedelete1 = /** @type {(inputs: Embed_Modedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`beim Abrufen löschen`)
};

/**
* | output |
* | --- |
* | "delete on download" |
*
* @param {Embed_Modedelete1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_modedelete1 = /** @type {((inputs?: Embed_Modedelete1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Modedelete1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_modedelete1(inputs)
	if (locale === "de") return de_embed_modedelete1(inputs)
	return en_embed_modedelete1(inputs)
});
export { embed_modedelete1 as "embed_modeDelete" }