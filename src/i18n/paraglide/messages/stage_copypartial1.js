/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Copypartial1Inputs */

const en_stage_copypartial1 = /** @type {(inputs: Stage_Copypartial1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`in flight (partial)`)
};

const es_stage_copypartial1 = /** @type {(inputs: Stage_Copypartial1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en camino (parcial)`)
};

const de_stage_copypartial1 = /** @type {(inputs: Stage_Copypartial1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unterwegs (teilweise)`)
};

/**
* | output |
* | --- |
* | "in flight (partial)" |
*
* @param {Stage_Copypartial1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_copypartial1 = /** @type {((inputs?: Stage_Copypartial1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Copypartial1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_copypartial1(inputs)
	if (locale === "de") return de_stage_copypartial1(inputs)
	return en_stage_copypartial1(inputs)
});
export { stage_copypartial1 as "stage_copyPartial" }