/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Octetshint1Inputs */

const en_explain_octetshint1 = /** @type {(inputs: Explain_Octetshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An octet is one byte, exactly as it crosses the wire; CR LF ends every line.`)
};

const es_explain_octetshint1 = /** @type {(inputs: Explain_Octetshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un octeto es un byte, tal como cruza la línea; CR LF termina cada línea.`)
};

const de_explain_octetshint1 = /** @type {(inputs: Explain_Octetshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Oktett ist ein Byte, genau so, wie es über die Leitung geht; CR LF beendet jede Zeile.`)
};

/**
* | output |
* | --- |
* | "An octet is one byte, exactly as it crosses the wire; CR LF ends every line." |
*
* @param {Explain_Octetshint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_octetshint1 = /** @type {((inputs?: Explain_Octetshint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Octetshint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_octetshint1(inputs)
	if (locale === "de") return de_explain_octetshint1(inputs)
	return en_explain_octetshint1(inputs)
});
export { explain_octetshint1 as "explain_octetsHint" }