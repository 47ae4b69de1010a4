/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Docsnote1Inputs */

const en_embed_docsnote1 = /** @type {(inputs: Embed_Docsnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Documentation sites: copy embed/pop-lab.js (element) or embed.html, embed/pop-lab-resizer.js and assets/embed-* (iframe) from the build into the site, and write these paths relative to the page. docs/embedding.md has a recipe for plain HTML, VitePress, MkDocs and Docusaurus.`)
};

const es_embed_docsnote1 = /** @type {(inputs: Embed_Docsnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitios de documentación: copia desde la compilación al sitio embed/pop-lab.js (elemento) o embed.html, embed/pop-lab-resizer.js y assets/embed-* (iframe), y escribe estas rutas relativas a la página. En docs/embedding.md hay una receta para HTML simple, VitePress, MkDocs y Docusaurus.`)
};

const de_embed_docsnote1 = /** @type {(inputs: Embed_Docsnote1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dokumentationsseiten: Kopiere embed/pop-lab.js (Element) oder embed.html, embed/pop-lab-resizer.js und assets/embed-* (Iframe) aus dem Build in die Seite und gib diese Pfade relativ zur Seite an. docs/embedding.md enthält ein Rezept für reines HTML, VitePress, MkDocs und Docusaurus.`)
};

/**
* | output |
* | --- |
* | "Documentation sites: copy embed/pop-lab.js (element) or embed.html, embed/pop-lab-resizer.js and assets/embed-* (iframe) from the build into the site, and wr..." |
*
* @param {Embed_Docsnote1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_docsnote1 = /** @type {((inputs?: Embed_Docsnote1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Docsnote1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_docsnote1(inputs)
	if (locale === "de") return de_embed_docsnote1(inputs)
	return en_embed_docsnote1(inputs)
});
export { embed_docsnote1 as "embed_docsNote" }