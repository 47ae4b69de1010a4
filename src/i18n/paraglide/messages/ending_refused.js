/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ command: NonNullable<unknown>, line: NonNullable<unknown> }} Ending_RefusedInputs */

const en_ending_refused = /** @type {(inputs: Ending_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the server refused ${i?.command}: ${i?.line}`)
};

const es_ending_refused = /** @type {(inputs: Ending_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el servidor rechazó ${i?.command}: ${i?.line}`)
};

const de_ending_refused = /** @type {(inputs: Ending_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der Server hat ${i?.command} abgelehnt: ${i?.line}`)
};

/**
* | output |
* | --- |
* | "the server refused {command}: {line}" |
*
* @param {Ending_RefusedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const ending_refused = /** @type {((inputs: Ending_RefusedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_RefusedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_refused(inputs)
	if (locale === "de") return de_ending_refused(inputs)
	return en_ending_refused(inputs)
});