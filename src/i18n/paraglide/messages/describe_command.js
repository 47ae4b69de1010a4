/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown> }} Describe_CommandInputs */

const en_describe_command = /** @type {(inputs: Describe_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server reads the command ${i?.keyword}.`)
};

const es_describe_command = /** @type {(inputs: Describe_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor lee la orden ${i?.keyword}.`)
};

const de_describe_command = /** @type {(inputs: Describe_CommandInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server liest den Befehl ${i?.keyword}.`)
};

/**
* | output |
* | --- |
* | "The server reads the command {keyword}." |
*
* @param {Describe_CommandInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_command = /** @type {((inputs: Describe_CommandInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_CommandInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_command(inputs)
	if (locale === "de") return de_describe_command(inputs)
	return en_describe_command(inputs)
});