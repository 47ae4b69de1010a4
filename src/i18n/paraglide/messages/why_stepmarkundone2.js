/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Why_Stepmarkundone2Inputs */

const en_why_stepmarkundone2 = /** @type {(inputs: Why_Stepmarkundone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mark undone at step`)
};

const es_why_stepmarkundone2 = /** @type {(inputs: Why_Stepmarkundone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marca deshecha en el paso`)
};

const de_why_stepmarkundone2 = /** @type {(inputs: Why_Stepmarkundone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markierung aufgehoben bei Schritt`)
};

/**
* | output |
* | --- |
* | "mark undone at step" |
*
* @param {Why_Stepmarkundone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_stepmarkundone2 = /** @type {((inputs?: Why_Stepmarkundone2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Stepmarkundone2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_stepmarkundone2(inputs)
	if (locale === "de") return de_why_stepmarkundone2(inputs)
	return en_why_stepmarkundone2(inputs)
});
export { why_stepmarkundone2 as "why_stepMarkUndone" }