/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_TitleInputs */

const en_stage_title = /** @type {(inputs: Stage_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The wire`)
};

const es_stage_title = /** @type {(inputs: Stage_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La línea`)
};

const de_stage_title = /** @type {(inputs: Stage_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Leitung`)
};

/**
* | output |
* | --- |
* | "The wire" |
*
* @param {Stage_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_title = /** @type {((inputs?: Stage_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_title(inputs)
	if (locale === "de") return de_stage_title(inputs)
	return en_stage_title(inputs)
});