/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, message: NonNullable<unknown> }} Describe_Copylost1Inputs */

const en_describe_copylost1 = /** @type {(inputs: Describe_Copylost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}'s copy of ${i?.message} is lost.`)
};

const es_describe_copylost1 = /** @type {(inputs: Describe_Copylost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se pierde la copia de ${i?.message} en ${i?.device}.`)
};

const de_describe_copylost1 = /** @type {(inputs: Describe_Copylost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Kopie von ${i?.message} auf ${i?.device} ist verloren.`)
};

/**
* | output |
* | --- |
* | "{device}'s copy of {message} is lost." |
*
* @param {Describe_Copylost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_copylost1 = /** @type {((inputs: Describe_Copylost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Copylost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_copylost1(inputs)
	if (locale === "de") return de_describe_copylost1(inputs)
	return en_describe_copylost1(inputs)
});
export { describe_copylost1 as "describe_copyLost" }