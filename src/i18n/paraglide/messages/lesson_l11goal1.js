/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11goal1Inputs */

const en_lesson_l11goal1 = /** @type {(inputs: Lesson_L11goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Without faults, let both the laptop and the phone get all three messages, each exactly once.`)
};

const es_lesson_l11goal1 = /** @type {(inputs: Lesson_L11goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin fallos, haz que tanto el portátil como el móvil reciban los tres mensajes, cada uno exactamente una vez.`)
};

const de_lesson_l11goal1 = /** @type {(inputs: Lesson_L11goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Störungen sollen Laptop und Handy beide alle drei Nachrichten bekommen, jede genau einmal.`)
};

/**
* | output |
* | --- |
* | "Without faults, let both the laptop and the phone get all three messages, each exactly once." |
*
* @param {Lesson_L11goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11goal1 = /** @type {((inputs?: Lesson_L11goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11goal1(inputs)
	if (locale === "de") return de_lesson_l11goal1(inputs)
	return en_lesson_l11goal1(inputs)
});
export { lesson_l11goal1 as "lesson_l11Goal" }