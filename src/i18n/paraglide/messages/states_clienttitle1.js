/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Clienttitle1Inputs */

const en_states_clienttitle1 = /** @type {(inputs: States_Clienttitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client states`)
};

const es_states_clienttitle1 = /** @type {(inputs: States_Clienttitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estados del cliente`)
};

const de_states_clienttitle1 = /** @type {(inputs: States_Clienttitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clientzustände`)
};

/**
* | output |
* | --- |
* | "Client states" |
*
* @param {States_Clienttitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clienttitle1 = /** @type {((inputs?: States_Clienttitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clienttitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clienttitle1(inputs)
	if (locale === "de") return de_states_clienttitle1(inputs)
	return en_states_clienttitle1(inputs)
});
export { states_clienttitle1 as "states_clientTitle" }