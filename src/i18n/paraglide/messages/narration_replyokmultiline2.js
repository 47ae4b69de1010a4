/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Replyokmultiline2Inputs */

const en_narration_replyokmultiline2 = /** @type {(inputs: Narration_Replyokmultiline2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server answers +OK; data lines follow, ending with a line holding only "." (CRLF.CRLF).`)
};

const es_narration_replyokmultiline2 = /** @type {(inputs: Narration_Replyokmultiline2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor responde +OK; siguen líneas de datos, que terminan con una línea que solo tiene "." (CRLF.CRLF).`)
};

const de_narration_replyokmultiline2 = /** @type {(inputs: Narration_Replyokmultiline2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server antwortet +OK; Datenzeilen folgen, bis eine Zeile nur "." enthält (CRLF.CRLF).`)
};

/**
* | output |
* | --- |
* | "The server answers +OK; data lines follow, ending with a line holding only \".\" (CRLF.CRLF)." |
*
* @param {Narration_Replyokmultiline2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_replyokmultiline2 = /** @type {((inputs?: Narration_Replyokmultiline2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Replyokmultiline2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_replyokmultiline2(inputs)
	if (locale === "de") return de_narration_replyokmultiline2(inputs)
	return en_narration_replyokmultiline2(inputs)
});
export { narration_replyokmultiline2 as "narration_replyOkMultiline" }