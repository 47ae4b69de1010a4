/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Copyfailed1Inputs */

const en_embed_copyfailed1 = /** @type {(inputs: Embed_Copyfailed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copying is not allowed here; the snippet is selected, press Ctrl+C (⌘C).`)
};

const es_embed_copyfailed1 = /** @type {(inputs: Embed_Copyfailed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aquí no se permite copiar; el fragmento está seleccionado, pulsa Ctrl+C (⌘C).`)
};

const de_embed_copyfailed1 = /** @type {(inputs: Embed_Copyfailed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopieren ist hier nicht erlaubt; der Code ist markiert, drücke Strg+C (⌘C).`)
};

/**
* | output |
* | --- |
* | "Copying is not allowed here; the snippet is selected, press Ctrl+C (⌘C)." |
*
* @param {Embed_Copyfailed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_copyfailed1 = /** @type {((inputs?: Embed_Copyfailed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Copyfailed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_copyfailed1(inputs)
	if (locale === "de") return de_embed_copyfailed1(inputs)
	return en_embed_copyfailed1(inputs)
});
export { embed_copyfailed1 as "embed_copyFailed" }