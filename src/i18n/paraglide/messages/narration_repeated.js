/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown>, count: NonNullable<unknown> }} Narration_RepeatedInputs */

const en_narration_repeated = /** @type {(inputs: Narration_RepeatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.text} (×${i?.count})`)
};

const es_narration_repeated = /** @type {(inputs: Narration_RepeatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.text} (×${i?.count})`)
};

const de_narration_repeated = /** @type {(inputs: Narration_RepeatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.text} (×${i?.count})`)
};

/**
* | output |
* | --- |
* | "{text} (×{count})" |
*
* @param {Narration_RepeatedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_repeated = /** @type {((inputs: Narration_RepeatedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_RepeatedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_repeated(inputs)
	if (locale === "de") return de_narration_repeated(inputs)
	return en_narration_repeated(inputs)
});