/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, reason: NonNullable<unknown> }} Describe_Sessionend1Inputs */

const en_describe_sessionend1 = /** @type {(inputs: Describe_Sessionend1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}'s session ends: ${i?.reason}.`)
};

const es_describe_sessionend1 = /** @type {(inputs: Describe_Sessionend1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión de ${i?.device} termina: ${i?.reason}.`)
};

const de_describe_sessionend1 = /** @type {(inputs: Describe_Sessionend1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung von ${i?.device} endet: ${i?.reason}.`)
};

/**
* | output |
* | --- |
* | "{device}'s session ends: {reason}." |
*
* @param {Describe_Sessionend1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_sessionend1 = /** @type {((inputs: Describe_Sessionend1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Sessionend1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_sessionend1(inputs)
	if (locale === "de") return de_describe_sessionend1(inputs)
	return en_describe_sessionend1(inputs)
});
export { describe_sessionend1 as "describe_sessionEnd" }