/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Pageloading1Inputs */

const en_embed_pageloading1 = /** @type {(inputs: Embed_Pageloading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading POP Lab…`)
};

const es_embed_pageloading1 = /** @type {(inputs: Embed_Pageloading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargando POP Lab…`)
};

const de_embed_pageloading1 = /** @type {(inputs: Embed_Pageloading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP Lab wird geladen…`)
};

/**
* | output |
* | --- |
* | "Loading POP Lab…" |
*
* @param {Embed_Pageloading1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_pageloading1 = /** @type {((inputs?: Embed_Pageloading1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Pageloading1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_pageloading1(inputs)
	if (locale === "de") return de_embed_pageloading1(inputs)
	return en_embed_pageloading1(inputs)
});
export { embed_pageloading1 as "embed_pageLoading" }