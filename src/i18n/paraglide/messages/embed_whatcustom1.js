/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, mode: NonNullable<unknown> }} Embed_Whatcustom1Inputs */

const en_embed_whatcustom1 = /** @type {(inputs: Embed_Whatcustom1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.title}”, ${i?.mode}, with your changes and faults.`)
};

const es_embed_whatcustom1 = /** @type {(inputs: Embed_Whatcustom1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.title}», ${i?.mode}, con tus cambios y fallos.`)
};

const de_embed_whatcustom1 = /** @type {(inputs: Embed_Whatcustom1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.title}“, ${i?.mode}, mit deinen Änderungen und Störungen.`)
};

/**
* | output |
* | --- |
* | "“{title}”, {mode}, with your changes and faults." |
*
* @param {Embed_Whatcustom1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_whatcustom1 = /** @type {((inputs: Embed_Whatcustom1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Whatcustom1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_whatcustom1(inputs)
	if (locale === "de") return de_embed_whatcustom1(inputs)
	return en_embed_whatcustom1(inputs)
});
export { embed_whatcustom1 as "embed_whatCustom" }