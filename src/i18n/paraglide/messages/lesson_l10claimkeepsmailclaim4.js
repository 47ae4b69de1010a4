/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailclaim4Inputs */

const en_lesson_l10claimkeepsmailclaim4 = /** @type {(inputs: Lesson_L10claimkeepsmailclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP removes messages from the server after download; POP3 keeps copies on the server.`)
};

const es_lesson_l10claimkeepsmailclaim4 = /** @type {(inputs: Lesson_L10claimkeepsmailclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP borra los mensajes del servidor tras descargarlos; POP3 guarda copias en el servidor.`)
};

const de_lesson_l10claimkeepsmailclaim4 = /** @type {(inputs: Lesson_L10claimkeepsmailclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP entfernt Nachrichten nach dem Abrufen vom Server; POP3 behält Kopien auf dem Server.`)
};

/**
* | output |
* | --- |
* | "POP removes messages from the server after download; POP3 keeps copies on the server." |
*
* @param {Lesson_L10claimkeepsmailclaim4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimkeepsmailclaim4 = /** @type {((inputs?: Lesson_L10claimkeepsmailclaim4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimkeepsmailclaim4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimkeepsmailclaim4(inputs)
	if (locale === "de") return de_lesson_l10claimkeepsmailclaim4(inputs)
	return en_lesson_l10claimkeepsmailclaim4(inputs)
});
export { lesson_l10claimkeepsmailclaim4 as "lesson_l10ClaimKeepsMailClaim" }