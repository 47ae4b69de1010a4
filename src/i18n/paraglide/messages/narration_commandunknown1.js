/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Commandunknown1Inputs */

const en_narration_commandunknown1 = /** @type {(inputs: Narration_Commandunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server reads a line it does not understand.`)
};

const es_narration_commandunknown1 = /** @type {(inputs: Narration_Commandunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor lee una línea que no entiende.`)
};

const de_narration_commandunknown1 = /** @type {(inputs: Narration_Commandunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server liest eine Zeile, die er nicht versteht.`)
};

/**
* | output |
* | --- |
* | "The server reads a line it does not understand." |
*
* @param {Narration_Commandunknown1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_commandunknown1 = /** @type {((inputs?: Narration_Commandunknown1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Commandunknown1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_commandunknown1(inputs)
	if (locale === "de") return de_narration_commandunknown1(inputs)
	return en_narration_commandunknown1(inputs)
});
export { narration_commandunknown1 as "narration_commandUnknown" }