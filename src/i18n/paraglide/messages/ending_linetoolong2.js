/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ octets: NonNullable<unknown>, limit: NonNullable<unknown> }} Ending_Linetoolong2Inputs */

const en_ending_linetoolong2 = /** @type {(inputs: Ending_Linetoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a line of ${i?.octets} octets, longer than the ${i?.limit} the client reads`)
};

const es_ending_linetoolong2 = /** @type {(inputs: Ending_Linetoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`una línea de ${i?.octets} octetos, más larga que los ${i?.limit} que lee el cliente`)
};

const de_ending_linetoolong2 = /** @type {(inputs: Ending_Linetoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`eine Zeile mit ${i?.octets} Oktetten, länger als die ${i?.limit}, die der Client liest`)
};

/**
* | output |
* | --- |
* | "a line of {octets} octets, longer than the {limit} the client reads" |
*
* @param {Ending_Linetoolong2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_linetoolong2 = /** @type {((inputs: Ending_Linetoolong2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Linetoolong2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_linetoolong2(inputs)
	if (locale === "de") return de_ending_linetoolong2(inputs)
	return en_ending_linetoolong2(inputs)
});
export { ending_linetoolong2 as "ending_lineTooLong" }