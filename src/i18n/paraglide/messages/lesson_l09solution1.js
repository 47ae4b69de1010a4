/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09solution1Inputs */

const en_lesson_l09solution1 = /** @type {(inputs: Lesson_L09solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set the laptop's authentication to APOP (or CRAM-MD5). It sends MD5(timestamp + secret) instead of the secret (RFC 1939 §7). The messages that follow are still readable on the wire, and a short secret can be guessed offline.`)
};

const es_lesson_l09solution1 = /** @type {(inputs: Lesson_L09solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon la autenticación del portátil en APOP (o CRAM-MD5). Envía MD5(sello de tiempo + secreto) en lugar del secreto (RFC 1939 §7). Los mensajes que vienen después se siguen leyendo en la línea, y un secreto corto se puede adivinar sin conexión.`)
};

const de_lesson_l09solution1 = /** @type {(inputs: Lesson_L09solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell die Anmeldung des Laptops auf APOP (oder CRAM-MD5). Er sendet dann MD5(Zeitstempel + Geheimnis) statt des Geheimnisses (RFC 1939 §7). Die folgenden Nachrichten sind auf der Leitung trotzdem lesbar, und ein kurzes Geheimnis lässt sich offline erraten.`)
};

/**
* | output |
* | --- |
* | "Set the laptop's authentication to APOP (or CRAM-MD5). It sends MD5(timestamp + secret) instead of the secret (RFC 1939 §7). The messages that follow are sti..." |
*
* @param {Lesson_L09solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09solution1 = /** @type {((inputs?: Lesson_L09solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09solution1(inputs)
	if (locale === "de") return de_lesson_l09solution1(inputs)
	return en_lesson_l09solution1(inputs)
});
export { lesson_l09solution1 as "lesson_l09Solution" }