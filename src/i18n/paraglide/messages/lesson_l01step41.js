/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01step41Inputs */

const en_lesson_l01step41 = /** @type {(inputs: Lesson_L01step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type RETR 1 to read message 1. The reply ends with a line holding a single dot (RFC 1939 §3).`)
};

const es_lesson_l01step41 = /** @type {(inputs: Lesson_L01step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe RETR 1 para leer el mensaje 1. La respuesta termina con una línea que solo contiene un punto (RFC 1939 §3).`)
};

const de_lesson_l01step41 = /** @type {(inputs: Lesson_L01step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe RETR 1, um Nachricht 1 zu lesen. Die Antwort endet mit einer Zeile, die nur einen Punkt enthält (RFC 1939 §3).`)
};

/**
* | output |
* | --- |
* | "Type RETR 1 to read message 1. The reply ends with a line holding a single dot (RFC 1939 §3)." |
*
* @param {Lesson_L01step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01step41 = /** @type {((inputs?: Lesson_L01step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01step41(inputs)
	if (locale === "de") return de_lesson_l01step41(inputs)
	return en_lesson_l01step41(inputs)
});
export { lesson_l01step41 as "lesson_l01Step4" }