/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_TitleInputs */

const en_states_title = /** @type {(inputs: States_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server states`)
};

const es_states_title = /** @type {(inputs: States_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estados del servidor`)
};

const de_states_title = /** @type {(inputs: States_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serverzustände`)
};

/**
* | output |
* | --- |
* | "Server states" |
*
* @param {States_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_title = /** @type {((inputs?: States_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_title(inputs)
	if (locale === "de") return de_states_title(inputs)
	return en_states_title(inputs)
});