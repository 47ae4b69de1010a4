/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02solution1Inputs */

const en_lesson_l02solution1 = /** @type {(inputs: Lesson_L02solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server". Each device then remembers the UIDs it has (RFC 1939 §7) and downloads each message once. (Not free: the mail stays on the server, against its quota, until something deletes it.)`)
};

const es_lesson_l02solution1 = /** @type {(inputs: Lesson_L02solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon Conservación en «Dejar en el servidor». Así cada dispositivo recuerda los UID que ya tiene (RFC 1939 §7) y descarga cada mensaje una sola vez. (No sale gratis: el correo se queda en el servidor, ocupando su cuota, hasta que algo lo borre.)`)
};

const de_lesson_l02solution1 = /** @type {(inputs: Lesson_L02solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell Aufbewahrung auf „Auf dem Server lassen“. Dann merkt sich jedes Gerät die UIDs, die es schon hat (RFC 1939 §7), und lädt jede Nachricht nur einmal herunter. (Umsonst ist das nicht: Die Mail bleibt auf dem Server und belastet dort das Speicherkontingent, bis irgendetwas sie löscht.)`)
};

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\". Each device then remembers the UIDs it has (RFC 1939 §7) and downloads each message once. (Not free: the mail stays on th..." |
*
* @param {Lesson_L02solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02solution1 = /** @type {((inputs?: Lesson_L02solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02solution1(inputs)
	if (locale === "de") return de_lesson_l02solution1(inputs)
	return en_lesson_l02solution1(inputs)
});
export { lesson_l02solution1 as "lesson_l02Solution" }