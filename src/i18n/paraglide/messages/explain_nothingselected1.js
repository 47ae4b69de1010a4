/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Nothingselected1Inputs */

const en_explain_nothingselected1 = /** @type {(inputs: Explain_Nothingselected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select a step in the sequence, the transcript or the timeline.`)
};

const es_explain_nothingselected1 = /** @type {(inputs: Explain_Nothingselected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Selecciona un paso en la secuencia, la transcripción o la línea de tiempo.`)
};

const de_explain_nothingselected1 = /** @type {(inputs: Explain_Nothingselected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle einen Schritt im Ablauf, im Protokoll oder auf der Zeitleiste.`)
};

/**
* | output |
* | --- |
* | "Select a step in the sequence, the transcript or the timeline." |
*
* @param {Explain_Nothingselected1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_nothingselected1 = /** @type {((inputs?: Explain_Nothingselected1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Nothingselected1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_nothingselected1(inputs)
	if (locale === "de") return de_explain_nothingselected1(inputs)
	return en_explain_nothingselected1(inputs)
});
export { explain_nothingselected1 as "explain_nothingSelected" }