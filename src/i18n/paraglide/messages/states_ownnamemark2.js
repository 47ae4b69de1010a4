/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} States_Ownnamemark2Inputs */

const en_states_ownnamemark2 = /** @type {(inputs: States_Ownnamemark2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`name: ours`)
};

const es_states_ownnamemark2 = /** @type {(inputs: States_Ownnamemark2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nombre: nuestro`)
};

const de_states_ownnamemark2 = /** @type {(inputs: States_Ownnamemark2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name: von uns`)
};

/**
* | output |
* | --- |
* | "name: ours" |
*
* @param {States_Ownnamemark2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_ownnamemark2 = /** @type {((inputs?: States_Ownnamemark2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Ownnamemark2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_ownnamemark2(inputs)
	if (locale === "de") return de_states_ownnamemark2(inputs)
	return en_states_ownnamemark2(inputs)
});
export { states_ownnamemark2 as "states_ownNameMark" }