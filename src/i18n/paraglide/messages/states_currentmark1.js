/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Currentmark1Inputs */

const en_states_currentmark1 = /** @type {(inputs: States_Currentmark1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(current)`)
};

const es_states_currentmark1 = /** @type {(inputs: States_Currentmark1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(actual)`)
};

const de_states_currentmark1 = /** @type {(inputs: States_Currentmark1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(aktuell)`)
};

/**
* | output |
* | --- |
* | "(current)" |
*
* @param {States_Currentmark1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_currentmark1 = /** @type {((inputs?: States_Currentmark1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Currentmark1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_currentmark1(inputs)
	if (locale === "de") return de_states_currentmark1(inputs)
	return en_states_currentmark1(inputs)
});
export { states_currentmark1 as "states_currentMark" }