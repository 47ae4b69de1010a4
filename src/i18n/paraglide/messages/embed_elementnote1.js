/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Elementnote1Inputs */

const en_embed_elementnote1 = /** @type {(inputs: Embed_Elementnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For pages that can load a script. It follows the page’s light or dark theme.`)
};

const es_embed_elementnote1 = /** @type {(inputs: Embed_Elementnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para páginas que pueden cargar un script. Sigue el tema claro u oscuro de la página.`)
};

const de_embed_elementnote1 = /** @type {(inputs: Embed_Elementnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für Seiten, die ein Skript laden dürfen. Es folgt dem hellen oder dunklen Design der Seite.`)
};

/**
* | output |
* | --- |
* | "For pages that can load a script. It follows the page’s light or dark theme." |
*
* @param {Embed_Elementnote1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_elementnote1 = /** @type {((inputs?: Embed_Elementnote1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Elementnote1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_elementnote1(inputs)
	if (locale === "de") return de_embed_elementnote1(inputs)
	return en_embed_elementnote1(inputs)
});
export { embed_elementnote1 as "embed_elementNote" }