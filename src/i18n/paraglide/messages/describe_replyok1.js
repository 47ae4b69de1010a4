/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Replyok1Inputs */

const en_describe_replyok1 = /** @type {(inputs: Describe_Replyok1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} reads a positive reply (+OK).`)
};

const es_describe_replyok1 = /** @type {(inputs: Describe_Replyok1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} lee una respuesta positiva (+OK).`)
};

const de_describe_replyok1 = /** @type {(inputs: Describe_Replyok1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} liest eine positive Antwort (+OK).`)
};

/**
* | output |
* | --- |
* | "{device} reads a positive reply (+OK)." |
*
* @param {Describe_Replyok1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_replyok1 = /** @type {((inputs: Describe_Replyok1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Replyok1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_replyok1(inputs)
	if (locale === "de") return de_describe_replyok1(inputs)
	return en_describe_replyok1(inputs)
});
export { describe_replyok1 as "describe_replyOk" }