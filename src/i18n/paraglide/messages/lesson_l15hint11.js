/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15hint11Inputs */

const en_lesson_l15hint11 = /** @type {(inputs: Lesson_L15hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A message is safe on the laptop only once its copy is on disk. Ask when the server removes a message (RFC 1939 §6).`)
};

const es_lesson_l15hint11 = /** @type {(inputs: Lesson_L15hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un mensaje solo está a salvo en el portátil cuando su copia está en disco. Pregúntate cuándo elimina el servidor un mensaje (RFC 1939 §6).`)
};

const de_lesson_l15hint11 = /** @type {(inputs: Lesson_L15hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sicher ist eine Nachricht auf dem Laptop erst, wenn ihre Kopie auf der Festplatte liegt. Frag dich, wann der Server eine Nachricht entfernt (RFC 1939 §6).`)
};

/**
* | output |
* | --- |
* | "A message is safe on the laptop only once its copy is on disk. Ask when the server removes a message (RFC 1939 §6)." |
*
* @param {Lesson_L15hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15hint11 = /** @type {((inputs?: Lesson_L15hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15hint11(inputs)
	if (locale === "de") return de_lesson_l15hint11(inputs)
	return en_lesson_l15hint11(inputs)
});
export { lesson_l15hint11 as "lesson_l15Hint1" }