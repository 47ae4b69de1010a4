/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_CrashedInputs */

const en_stage_crashed = /** @type {(inputs: Stage_CrashedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crashed`)
};

const es_stage_crashed = /** @type {(inputs: Stage_CrashedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colgado`)
};

const de_stage_crashed = /** @type {(inputs: Stage_CrashedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgestürzt`)
};

/**
* | output |
* | --- |
* | "Crashed" |
*
* @param {Stage_CrashedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_crashed = /** @type {((inputs?: Stage_CrashedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_CrashedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_crashed(inputs)
	if (locale === "de") return de_stage_crashed(inputs)
	return en_stage_crashed(inputs)
});