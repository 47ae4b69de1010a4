/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Sharecopied1Inputs */

const en_layout_sharecopied1 = /** @type {(inputs: Layout_Sharecopied1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link copied. It is also in the address bar.`)
};

const es_layout_sharecopied1 = /** @type {(inputs: Layout_Sharecopied1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlace copiado. También está en la barra de direcciones.`)
};

const de_layout_sharecopied1 = /** @type {(inputs: Layout_Sharecopied1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link kopiert. Er steht auch in der Adresszeile.`)
};

/**
* | output |
* | --- |
* | "Link copied. It is also in the address bar." |
*
* @param {Layout_Sharecopied1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_sharecopied1 = /** @type {((inputs?: Layout_Sharecopied1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Sharecopied1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_sharecopied1(inputs)
	if (locale === "de") return de_layout_sharecopied1(inputs)
	return en_layout_sharecopied1(inputs)
});
export { layout_sharecopied1 as "layout_shareCopied" }