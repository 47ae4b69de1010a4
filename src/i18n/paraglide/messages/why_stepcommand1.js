/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown> }} Why_Stepcommand1Inputs */

const en_why_stepcommand1 = /** @type {(inputs: Why_Stepcommand1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.keyword} at step`)
};

const es_why_stepcommand1 = /** @type {(inputs: Why_Stepcommand1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.keyword} en el paso`)
};

const de_why_stepcommand1 = /** @type {(inputs: Why_Stepcommand1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.keyword} bei Schritt`)
};

/**
* | output |
* | --- |
* | "{keyword} at step" |
*
* @param {Why_Stepcommand1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_stepcommand1 = /** @type {((inputs: Why_Stepcommand1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Stepcommand1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_stepcommand1(inputs)
	if (locale === "de") return de_why_stepcommand1(inputs)
	return en_why_stepcommand1(inputs)
});
export { why_stepcommand1 as "why_stepCommand" }