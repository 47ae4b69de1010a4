/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Why_Stepmarked1Inputs */

const en_why_stepmarked1 = /** @type {(inputs: Why_Stepmarked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marked at step`)
};

const es_why_stepmarked1 = /** @type {(inputs: Why_Stepmarked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marcado en el paso`)
};

const de_why_stepmarked1 = /** @type {(inputs: Why_Stepmarked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`markiert bei Schritt`)
};

/**
* | output |
* | --- |
* | "marked at step" |
*
* @param {Why_Stepmarked1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_stepmarked1 = /** @type {((inputs?: Why_Stepmarked1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Stepmarked1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_stepmarked1(inputs)
	if (locale === "de") return de_why_stepmarked1(inputs)
	return en_why_stepmarked1(inputs)
});
export { why_stepmarked1 as "why_stepMarked" }