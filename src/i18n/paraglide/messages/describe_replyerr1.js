/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Replyerr1Inputs */

const en_describe_replyerr1 = /** @type {(inputs: Describe_Replyerr1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} reads an error reply (-ERR).`)
};

const es_describe_replyerr1 = /** @type {(inputs: Describe_Replyerr1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} lee una respuesta de error (-ERR).`)
};

const de_describe_replyerr1 = /** @type {(inputs: Describe_Replyerr1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} liest eine Fehlerantwort (-ERR).`)
};

/**
* | output |
* | --- |
* | "{device} reads an error reply (-ERR)." |
*
* @param {Describe_Replyerr1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_replyerr1 = /** @type {((inputs: Describe_Replyerr1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Replyerr1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_replyerr1(inputs)
	if (locale === "de") return de_describe_replyerr1(inputs)
	return en_describe_replyerr1(inputs)
});
export { describe_replyerr1 as "describe_replyErr" }