/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ command: NonNullable<unknown> }} States_FailedInputs */

const en_states_failed = /** @type {(inputs: States_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.command} fails`)
};

const es_states_failed = /** @type {(inputs: States_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.command} falla`)
};

const de_states_failed = /** @type {(inputs: States_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.command} schlägt fehl`)
};

/**
* | output |
* | --- |
* | "{command} fails" |
*
* @param {States_FailedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_failed = /** @type {((inputs: States_FailedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_FailedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_failed(inputs)
	if (locale === "de") return de_states_failed(inputs)
	return en_states_failed(inputs)
});