/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goal1Inputs */

const en_lesson_l15goal1 = /** @type {(inputs: Lesson_L15goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change the laptop so that a crash at the moment the map showed in red costs nothing, and show it by crashing it there.`)
};

const es_lesson_l15goal1 = /** @type {(inputs: Lesson_L15goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia el portátil para que un cuelgue en el momento que el mapa mostró en rojo no cueste nada, y demuéstralo haciendo que se cuelgue justo ahí.`)
};

const de_lesson_l15goal1 = /** @type {(inputs: Lesson_L15goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ändere den Laptop so, dass ein Absturz in dem Moment, den die Karte rot hervorgehoben hat, nichts kostet, und zeig es, indem du ihn genau dort abstürzen lässt.`)
};

/**
* | output |
* | --- |
* | "Change the laptop so that a crash at the moment the map showed in red costs nothing, and show it by crashing it there." |
*
* @param {Lesson_L15goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goal1 = /** @type {((inputs?: Lesson_L15goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goal1(inputs)
	if (locale === "de") return de_lesson_l15goal1(inputs)
	return en_lesson_l15goal1(inputs)
});
export { lesson_l15goal1 as "lesson_l15Goal" }