/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01solution1Inputs */

const en_lesson_l01solution1 = /** @type {(inputs: Lesson_L01solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type USER alice, PASS tanstaaf, STAT, LIST, RETR 1, DELE 1 and QUIT, one per line. DELE only marks message 1; the server removes it in the UPDATE state, after QUIT (RFC 1939 §6).`)
};

const es_lesson_l01solution1 = /** @type {(inputs: Lesson_L01solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe USER alice, PASS tanstaaf, STAT, LIST, RETR 1, DELE 1 y QUIT, una orden por línea. DELE solo marca el mensaje 1; el servidor lo elimina en el estado UPDATE, después de QUIT (RFC 1939 §6).`)
};

const de_lesson_l01solution1 = /** @type {(inputs: Lesson_L01solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe USER alice, PASS tanstaaf, STAT, LIST, RETR 1, DELE 1 und QUIT, jeden Befehl in eine eigene Zeile. DELE markiert Nachricht 1 nur; der Server entfernt sie im Zustand UPDATE, nach QUIT (RFC 1939 §6).`)
};

/**
* | output |
* | --- |
* | "Type USER alice, PASS tanstaaf, STAT, LIST, RETR 1, DELE 1 and QUIT, one per line. DELE only marks message 1; the server removes it in the UPDATE state, afte..." |
*
* @param {Lesson_L01solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01solution1 = /** @type {((inputs?: Lesson_L01solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01solution1(inputs)
	if (locale === "de") return de_lesson_l01solution1(inputs)
	return en_lesson_l01solution1(inputs)
});
export { lesson_l01solution1 as "lesson_l01Solution" }