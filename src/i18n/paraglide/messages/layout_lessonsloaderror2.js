/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Lessonsloaderror2Inputs */

const en_layout_lessonsloaderror2 = /** @type {(inputs: Layout_Lessonsloaderror2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The lessons could not load. Check the connection and reload the page.`)
};

const es_layout_lessonsloaderror2 = /** @type {(inputs: Layout_Lessonsloaderror2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudieron cargar las lecciones. Comprueba la conexión y vuelve a cargar la página.`)
};

const de_layout_lessonsloaderror2 = /** @type {(inputs: Layout_Lessonsloaderror2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Lektionen konnten nicht geladen werden. Prüfe die Verbindung und lade die Seite neu.`)
};

/**
* | output |
* | --- |
* | "The lessons could not load. Check the connection and reload the page." |
*
* @param {Layout_Lessonsloaderror2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_lessonsloaderror2 = /** @type {((inputs?: Layout_Lessonsloaderror2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Lessonsloaderror2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_lessonsloaderror2(inputs)
	if (locale === "de") return de_layout_lessonsloaderror2(inputs)
	return en_layout_lessonsloaderror2(inputs)
});
export { layout_lessonsloaderror2 as "layout_lessonsLoadError" }