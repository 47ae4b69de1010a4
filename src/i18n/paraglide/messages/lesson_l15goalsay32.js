/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goalsay32Inputs */

const en_lesson_l15goalsay32 = /** @type {(inputs: Lesson_L15goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail was lost. Change the laptop's commit order below, then crash it at the same moment again.`)
};

const es_lesson_l15goalsay32 = /** @type {(inputs: Lesson_L15goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se ha perdido correo. Cambia abajo el orden de confirmación del portátil y vuelve a hacer que se cuelgue en el mismo momento.`)
};

const de_lesson_l15goalsay32 = /** @type {(inputs: Lesson_L15goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es ist Mail verloren gegangen. Ändere unten die Reihenfolge beim Bestätigen des Laptops und lass ihn im selben Moment noch einmal abstürzen.`)
};

/**
* | output |
* | --- |
* | "Mail was lost. Change the laptop's commit order below, then crash it at the same moment again." |
*
* @param {Lesson_L15goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goalsay32 = /** @type {((inputs?: Lesson_L15goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goalsay32(inputs)
	if (locale === "de") return de_lesson_l15goalsay32(inputs)
	return en_lesson_l15goalsay32(inputs)
});
export { lesson_l15goalsay32 as "lesson_l15GoalSay3" }