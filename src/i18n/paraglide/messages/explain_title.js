/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_TitleInputs */

const en_explain_title = /** @type {(inputs: Explain_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explanation`)
};

const es_explain_title = /** @type {(inputs: Explain_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explicación`)
};

const de_explain_title = /** @type {(inputs: Explain_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erklärung`)
};

/**
* | output |
* | --- |
* | "Explanation" |
*
* @param {Explain_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const explain_title = /** @type {((inputs?: Explain_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_title(inputs)
	if (locale === "de") return de_explain_title(inputs)
	return en_explain_title(inputs)
});