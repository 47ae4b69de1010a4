/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Stage_CopiesInputs */

const en_stage_copies = /** @type {(inputs: Stage_CopiesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` ×${i?.n}`)
};

const es_stage_copies = /** @type {(inputs: Stage_CopiesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` ×${i?.n}`)
};

const de_stage_copies = /** @type {(inputs: Stage_CopiesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` ×${i?.n}`)
};

/**
* | output |
* | --- |
* | "×{n}" |
*
* @param {Stage_CopiesInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_copies = /** @type {((inputs: Stage_CopiesInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_CopiesInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_copies(inputs)
	if (locale === "de") return de_stage_copies(inputs)
	return en_stage_copies(inputs)
});