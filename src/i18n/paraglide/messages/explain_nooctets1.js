/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Nooctets1Inputs */

const en_explain_nooctets1 = /** @type {(inputs: Explain_Nooctets1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No octets on the wire at this step.`)
};

const es_explain_nooctets1 = /** @type {(inputs: Explain_Nooctets1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En este paso no pasa ningún octeto por la línea.`)
};

const de_explain_nooctets1 = /** @type {(inputs: Explain_Nooctets1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Schritt gehen keine Oktette über die Leitung.`)
};

/**
* | output |
* | --- |
* | "No octets on the wire at this step." |
*
* @param {Explain_Nooctets1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_nooctets1 = /** @type {((inputs?: Explain_Nooctets1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Nooctets1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_nooctets1(inputs)
	if (locale === "de") return de_explain_nooctets1(inputs)
	return en_explain_nooctets1(inputs)
});
export { explain_nooctets1 as "explain_noOctets" }