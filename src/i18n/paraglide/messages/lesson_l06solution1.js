/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06solution1Inputs */

const en_lesson_l06solution1 = /** @type {(inputs: Lesson_L06solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server". The laptop sends no DELE, remembers UIDs, and on the second poll retrieves nothing because UIDL lists only UIDs it already has.`)
};

const es_lesson_l06solution1 = /** @type {(inputs: Lesson_L06solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon Conservación en «Dejar en el servidor». El portátil no envía DELE, recuerda los UID y en la segunda consulta no descarga nada, porque UIDL solo enumera UID que ya tiene.`)
};

const de_lesson_l06solution1 = /** @type {(inputs: Lesson_L06solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell die Aufbewahrung auf „Auf dem Server lassen“. Der Laptop sendet kein DELE, merkt sich die UIDs und lädt beim zweiten Abruf nichts herunter, weil UIDL nur UIDs auflistet, die er schon hat.`)
};

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\". The laptop sends no DELE, remembers UIDs, and on the second poll retrieves nothing because UIDL lists only UIDs it alread..." |
*
* @param {Lesson_L06solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06solution1 = /** @type {((inputs?: Lesson_L06solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06solution1(inputs)
	if (locale === "de") return de_lesson_l06solution1(inputs)
	return en_lesson_l06solution1(inputs)
});
export { lesson_l06solution1 as "lesson_l06Solution" }