/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Terminalplaceholder1Inputs */

const en_layout_terminalplaceholder1 = /** @type {(inputs: Layout_Terminalplaceholder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The interactive terminal loads here.`)
};

const es_layout_terminalplaceholder1 = /** @type {(inputs: Layout_Terminalplaceholder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aquí se carga el terminal interactivo.`)
};

const de_layout_terminalplaceholder1 = /** @type {(inputs: Layout_Terminalplaceholder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hier lädt das interaktive Terminal.`)
};

/**
* | output |
* | --- |
* | "The interactive terminal loads here." |
*
* @param {Layout_Terminalplaceholder1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_terminalplaceholder1 = /** @type {((inputs?: Layout_Terminalplaceholder1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Terminalplaceholder1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_terminalplaceholder1(inputs)
	if (locale === "de") return de_layout_terminalplaceholder1(inputs)
	return en_layout_terminalplaceholder1(inputs)
});
export { layout_terminalplaceholder1 as "layout_terminalPlaceholder" }