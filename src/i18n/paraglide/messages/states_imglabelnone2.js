/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown> }} States_Imglabelnone2Inputs */

const en_states_imglabelnone2 = /** @type {(inputs: States_Imglabelnone2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.protocol} server state diagram; no current state`)
};

const es_states_imglabelnone2 = /** @type {(inputs: States_Imglabelnone2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Diagrama de estados del servidor ${i?.protocol}; sin estado actual`)
};

const de_states_imglabelnone2 = /** @type {(inputs: States_Imglabelnone2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zustandsdiagramm des ${i?.protocol}-Servers; kein aktueller Zustand`)
};

/**
* | output |
* | --- |
* | "{protocol} server state diagram; no current state" |
*
* @param {States_Imglabelnone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_imglabelnone2 = /** @type {((inputs: States_Imglabelnone2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Imglabelnone2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_imglabelnone2(inputs)
	if (locale === "de") return de_states_imglabelnone2(inputs)
	return en_states_imglabelnone2(inputs)
});
export { states_imglabelnone2 as "states_imgLabelNone" }