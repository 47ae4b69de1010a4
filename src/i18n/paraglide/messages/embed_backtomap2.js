/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Backtomap2Inputs */

const en_embed_backtomap2 = /** @type {(inputs: Embed_Backtomap2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the fault map`)
};

const es_embed_backtomap2 = /** @type {(inputs: Embed_Backtomap2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver al mapa de fallos`)
};

const de_embed_backtomap2 = /** @type {(inputs: Embed_Backtomap2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurück zur Störungskarte`)
};

/**
* | output |
* | --- |
* | "Back to the fault map" |
*
* @param {Embed_Backtomap2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_backtomap2 = /** @type {((inputs?: Embed_Backtomap2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Backtomap2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_backtomap2(inputs)
	if (locale === "de") return de_embed_backtomap2(inputs)
	return en_embed_backtomap2(inputs)
});
export { embed_backtomap2 as "embed_backToMap" }