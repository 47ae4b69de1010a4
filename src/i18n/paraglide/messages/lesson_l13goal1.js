/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13goal1Inputs */

const en_lesson_l13goal1 = /** @type {(inputs: Lesson_L13goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Without faults, let both devices get all three messages, each once, while the server keeps them.`)
};

const es_lesson_l13goal1 = /** @type {(inputs: Lesson_L13goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin fallos, haz que los dos dispositivos reciban los tres mensajes, cada uno una vez, mientras el servidor los conserva.`)
};

const de_lesson_l13goal1 = /** @type {(inputs: Lesson_L13goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Störungen sollen beide Geräte alle drei Nachrichten bekommen, jede einmal, während der Server sie behält.`)
};

/**
* | output |
* | --- |
* | "Without faults, let both devices get all three messages, each once, while the server keeps them." |
*
* @param {Lesson_L13goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13goal1 = /** @type {((inputs?: Lesson_L13goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13goal1(inputs)
	if (locale === "de") return de_lesson_l13goal1(inputs)
	return en_lesson_l13goal1(inputs)
});
export { lesson_l13goal1 as "lesson_l13Goal" }