/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown>, count: NonNullable<unknown> }} Format_Nosuchmessage2Inputs */

const en_format_nosuchmessage2 = /** @type {(inputs: Format_Nosuchmessage2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`there is no message ${i?.number} (the maildrop has ${i?.count})`)
};

const es_format_nosuchmessage2 = /** @type {(inputs: Format_Nosuchmessage2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no existe el mensaje ${i?.number} (el buzón tiene ${i?.count})`)
};

const de_format_nosuchmessage2 = /** @type {(inputs: Format_Nosuchmessage2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`es gibt keine Nachricht ${i?.number} (der Maildrop hat ${i?.count})`)
};

/**
* | output |
* | --- |
* | "there is no message {number} (the maildrop has {count})" |
*
* @param {Format_Nosuchmessage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_nosuchmessage2 = /** @type {((inputs: Format_Nosuchmessage2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Nosuchmessage2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_nosuchmessage2(inputs)
	if (locale === "de") return de_format_nosuchmessage2(inputs)
	return en_format_nosuchmessage2(inputs)
});
export { format_nosuchmessage2 as "format_noSuchMessage" }