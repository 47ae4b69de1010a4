/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Connectioncrashed1Inputs */

const en_stage_connectioncrashed1 = /** @type {(inputs: Stage_Connectioncrashed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`crashed ✹`)
};

const es_stage_connectioncrashed1 = /** @type {(inputs: Stage_Connectioncrashed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`colgado ✹`)
};

const de_stage_connectioncrashed1 = /** @type {(inputs: Stage_Connectioncrashed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgestürzt ✹`)
};

/**
* | output |
* | --- |
* | "crashed ✹" |
*
* @param {Stage_Connectioncrashed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_connectioncrashed1 = /** @type {((inputs?: Stage_Connectioncrashed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Connectioncrashed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_connectioncrashed1(inputs)
	if (locale === "de") return de_stage_connectioncrashed1(inputs)
	return en_stage_connectioncrashed1(inputs)
});
export { stage_connectioncrashed1 as "stage_connectionCrashed" }