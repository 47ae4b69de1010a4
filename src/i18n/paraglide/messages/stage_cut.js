/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_CutInputs */

const en_stage_cut = /** @type {(inputs: Stage_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connection cut`)
};

const es_stage_cut = /** @type {(inputs: Stage_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conexión cortada`)
};

const de_stage_cut = /** @type {(inputs: Stage_CutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung getrennt`)
};

/**
* | output |
* | --- |
* | "Connection cut" |
*
* @param {Stage_CutInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_cut = /** @type {((inputs?: Stage_CutInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_CutInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_cut(inputs)
	if (locale === "de") return de_stage_cut(inputs)
	return en_stage_cut(inputs)
});