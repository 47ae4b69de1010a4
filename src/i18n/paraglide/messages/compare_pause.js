/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_PauseInputs */

const en_compare_pause = /** @type {(inputs: Compare_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause both`)
};

const es_compare_pause = /** @type {(inputs: Compare_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pausar los dos`)
};

const de_compare_pause = /** @type {(inputs: Compare_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide anhalten`)
};

/**
* | output |
* | --- |
* | "Pause both" |
*
* @param {Compare_PauseInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_pause = /** @type {((inputs?: Compare_PauseInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_PauseInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_pause(inputs)
	if (locale === "de") return de_compare_pause(inputs)
	return en_compare_pause(inputs)
});