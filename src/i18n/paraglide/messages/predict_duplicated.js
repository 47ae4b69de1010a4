/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_DuplicatedInputs */

const en_predict_duplicated = /** @type {(inputs: Predict_DuplicatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicated`)
};

const es_predict_duplicated = /** @type {(inputs: Predict_DuplicatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicado`)
};

const de_predict_duplicated = /** @type {(inputs: Predict_DuplicatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Doppelt`)
};

/**
* | output |
* | --- |
* | "Duplicated" |
*
* @param {Predict_DuplicatedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_duplicated = /** @type {((inputs?: Predict_DuplicatedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_DuplicatedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_duplicated(inputs)
	if (locale === "de") return de_predict_duplicated(inputs)
	return en_predict_duplicated(inputs)
});