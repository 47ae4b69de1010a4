/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ limit: NonNullable<unknown> }} Ending_Linetoolongatlimit4Inputs */

const en_ending_linetoolongatlimit4 = /** @type {(inputs: Ending_Linetoolongatlimit4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a line longer than the ${i?.limit} octets the client reads`)
};

const es_ending_linetoolongatlimit4 = /** @type {(inputs: Ending_Linetoolongatlimit4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`una línea más larga que los ${i?.limit} octetos que lee el cliente`)
};

const de_ending_linetoolongatlimit4 = /** @type {(inputs: Ending_Linetoolongatlimit4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`eine Zeile, länger als die ${i?.limit} Oktette, die der Client liest`)
};

/**
* | output |
* | --- |
* | "a line longer than the {limit} octets the client reads" |
*
* @param {Ending_Linetoolongatlimit4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_linetoolongatlimit4 = /** @type {((inputs: Ending_Linetoolongatlimit4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Linetoolongatlimit4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_linetoolongatlimit4(inputs)
	if (locale === "de") return de_ending_linetoolongatlimit4(inputs)
	return en_ending_linetoolongatlimit4(inputs)
});
export { ending_linetoolongatlimit4 as "ending_lineTooLongAtLimit" }