/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Shareready1Inputs */

const en_layout_shareready1 = /** @type {(inputs: Layout_Shareready1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link in the address bar: copy it from there.`)
};

const es_layout_shareready1 = /** @type {(inputs: Layout_Shareready1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El enlace está en la barra de direcciones: cópialo desde allí.`)
};

const de_layout_shareready1 = /** @type {(inputs: Layout_Shareready1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Link steht in der Adresszeile: Kopiere ihn von dort.`)
};

/**
* | output |
* | --- |
* | "Link in the address bar: copy it from there." |
*
* @param {Layout_Shareready1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_shareready1 = /** @type {((inputs?: Layout_Shareready1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Shareready1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_shareready1(inputs)
	if (locale === "de") return de_layout_shareready1(inputs)
	return en_layout_shareready1(inputs)
});
export { layout_shareready1 as "layout_shareReady" }