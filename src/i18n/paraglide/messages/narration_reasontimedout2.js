/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Reasontimedout2Inputs */

const en_narration_reasontimedout2 = /** @type {(inputs: Narration_Reasontimedout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`timed out`)
};

const es_narration_reasontimedout2 = /** @type {(inputs: Narration_Reasontimedout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se agotó el tiempo de espera`)
};

const de_narration_reasontimedout2 = /** @type {(inputs: Narration_Reasontimedout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeit abgelaufen`)
};

/**
* | output |
* | --- |
* | "timed out" |
*
* @param {Narration_Reasontimedout2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_reasontimedout2 = /** @type {((inputs?: Narration_Reasontimedout2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Reasontimedout2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_reasontimedout2(inputs)
	if (locale === "de") return de_narration_reasontimedout2(inputs)
	return en_narration_reasontimedout2(inputs)
});
export { narration_reasontimedout2 as "narration_reasonTimedOut" }