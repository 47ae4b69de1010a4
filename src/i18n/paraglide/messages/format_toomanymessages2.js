/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanymessages2Inputs */

const en_format_toomanymessages2 = /** @type {(inputs: Format_Toomanymessages2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} messages allowed`)
};

const es_format_toomanymessages2 = /** @type {(inputs: Format_Toomanymessages2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} mensajes`)
};

const de_format_toomanymessages2 = /** @type {(inputs: Format_Toomanymessages2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} Nachrichten erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} messages allowed" |
*
* @param {Format_Toomanymessages2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanymessages2 = /** @type {((inputs: Format_Toomanymessages2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanymessages2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanymessages2(inputs)
	if (locale === "de") return de_format_toomanymessages2(inputs)
	return en_format_toomanymessages2(inputs)
});
export { format_toomanymessages2 as "format_tooManyMessages" }