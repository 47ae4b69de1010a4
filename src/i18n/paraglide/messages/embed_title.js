/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_TitleInputs */

const en_embed_title = /** @type {(inputs: Embed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed this scenario`)
};

const es_embed_title = /** @type {(inputs: Embed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Insertar este escenario`)
};

const de_embed_title = /** @type {(inputs: Embed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Szenario einbetten`)
};

/**
* | output |
* | --- |
* | "Embed this scenario" |
*
* @param {Embed_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const embed_title = /** @type {((inputs?: Embed_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_title(inputs)
	if (locale === "de") return de_embed_title(inputs)
	return en_embed_title(inputs)
});