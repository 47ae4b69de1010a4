/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Why_BecauseInputs */

const en_why_because = /** @type {(inputs: Why_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (${i?.reason})`)
};

const es_why_because = /** @type {(inputs: Why_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (${i?.reason})`)
};

const de_why_because = /** @type {(inputs: Why_BecauseInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (${i?.reason})`)
};

/**
* | output |
* | --- |
* | "({reason})" |
*
* @param {Why_BecauseInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const why_because = /** @type {((inputs: Why_BecauseInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_BecauseInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_because(inputs)
	if (locale === "de") return de_why_because(inputs)
	return en_why_because(inputs)
});