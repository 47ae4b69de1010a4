/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, reason: NonNullable<unknown> }} Describe_Sessionendabnormal2Inputs */

const en_describe_sessionendabnormal2 = /** @type {(inputs: Describe_Sessionendabnormal2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}'s session ends abnormally: ${i?.reason}.`)
};

const es_describe_sessionendabnormal2 = /** @type {(inputs: Describe_Sessionendabnormal2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión de ${i?.device} termina de forma anómala: ${i?.reason}.`)
};

const de_describe_sessionendabnormal2 = /** @type {(inputs: Describe_Sessionendabnormal2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung von ${i?.device} endet abnormal: ${i?.reason}.`)
};

/**
* | output |
* | --- |
* | "{device}'s session ends abnormally: {reason}." |
*
* @param {Describe_Sessionendabnormal2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_sessionendabnormal2 = /** @type {((inputs: Describe_Sessionendabnormal2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Sessionendabnormal2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_sessionendabnormal2(inputs)
	if (locale === "de") return de_describe_sessionendabnormal2(inputs)
	return en_describe_sessionendabnormal2(inputs)
});
export { describe_sessionendabnormal2 as "describe_sessionEndAbnormal" }