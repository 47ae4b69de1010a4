/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Connectionoffline1Inputs */

const en_stage_connectionoffline1 = /** @type {(inputs: Stage_Connectionoffline1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

const es_stage_connectionoffline1 = /** @type {(inputs: Stage_Connectionoffline1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin conexión`)
};

const de_stage_connectionoffline1 = /** @type {(inputs: Stage_Connectionoffline1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

/**
* | output |
* | --- |
* | "offline" |
*
* @param {Stage_Connectionoffline1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_connectionoffline1 = /** @type {((inputs?: Stage_Connectionoffline1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Connectionoffline1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_connectionoffline1(inputs)
	if (locale === "de") return de_stage_connectionoffline1(inputs)
	return en_stage_connectionoffline1(inputs)
});
export { stage_connectionoffline1 as "stage_connectionOffline" }