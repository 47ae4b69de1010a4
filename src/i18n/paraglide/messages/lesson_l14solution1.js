/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14solution1Inputs */

const en_lesson_l14solution1 = /** @type {(inputs: Lesson_L14solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Let the phone delete by unique-id, as RFC 1939 §7 intends: "Lunch on Friday?" is already gone from the server, so it sends no DELE, and it downloads the new message. With DELE 1, the phone removed the new invoice, now message 1, which nobody had downloaded: lost.`)
};

const es_lesson_l14solution1 = /** @type {(inputs: Lesson_L14solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haz que el móvil borre por identificador único, como pretende la RFC 1939 §7: «Lunch on Friday?» ya no está en el servidor, así que no envía DELE, y descarga el mensaje nuevo. Con DELE 1, el móvil eliminó la factura nueva, ahora mensaje 1, que nadie había descargado: perdida.`)
};

const de_lesson_l14solution1 = /** @type {(inputs: Lesson_L14solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass das Handy nach eindeutiger ID löschen, wie RFC 1939 §7 es vorsieht: „Lunch on Friday?“ ist schon nicht mehr auf dem Server, also sendet es kein DELE und lädt die neue Nachricht herunter. Mit DELE 1 hat das Handy die neue Rechnung entfernt, jetzt Nachricht 1, die noch niemand heruntergeladen hatte: verloren.`)
};

/**
* | output |
* | --- |
* | "Let the phone delete by unique-id, as RFC 1939 §7 intends: \"Lunch on Friday?\" is already gone from the server, so it sends no DELE, and it downloads the new ..." |
*
* @param {Lesson_L14solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14solution1 = /** @type {((inputs?: Lesson_L14solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14solution1(inputs)
	if (locale === "de") return de_lesson_l14solution1(inputs)
	return en_lesson_l14solution1(inputs)
});
export { lesson_l14solution1 as "lesson_l14Solution" }