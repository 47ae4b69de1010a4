/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown>, state: NonNullable<unknown> }} States_Imglabel1Inputs */

const en_states_imglabel1 = /** @type {(inputs: States_Imglabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.protocol} server state diagram; current state: ${i?.state}`)
};

const es_states_imglabel1 = /** @type {(inputs: States_Imglabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diagrama de estados del servidor ${i?.protocol}; estado actual: ${i?.state}`)
};

const de_states_imglabel1 = /** @type {(inputs: States_Imglabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zustandsdiagramm des ${i?.protocol}-Servers; aktueller Zustand: ${i?.state}`)
};

/**
* | output |
* | --- |
* | "{protocol} server state diagram; current state: {state}" |
*
* @param {States_Imglabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_imglabel1 = /** @type {((inputs: States_Imglabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Imglabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_imglabel1(inputs)
	if (locale === "de") return de_states_imglabel1(inputs)
	return en_states_imglabel1(inputs)
});
export { states_imglabel1 as "states_imgLabel" }