/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown> }} Narration_CommandInputs */

const en_narration_command = /** @type {(inputs: Narration_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server reads the command ${i?.keyword}.`)
};

const es_narration_command = /** @type {(inputs: Narration_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor lee la orden ${i?.keyword}.`)
};

const de_narration_command = /** @type {(inputs: Narration_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server liest den Befehl ${i?.keyword}.`)
};

/**
* | output |
* | --- |
* | "The server reads the command {keyword}." |
*
* @param {Narration_CommandInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_command = /** @type {((inputs: Narration_CommandInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_CommandInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_command(inputs)
	if (locale === "de") return de_narration_command(inputs)
	return en_narration_command(inputs)
});