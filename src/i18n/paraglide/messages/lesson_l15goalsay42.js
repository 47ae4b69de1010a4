/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goalsay42Inputs */

const en_lesson_l15goalsay42 = /** @type {(inputs: Lesson_L15goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end: all three messages should be on the laptop.`)
};

const es_lesson_l15goalsay42 = /** @type {(inputs: Lesson_L15goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final: los tres mensajes deberían estar en el portátil.`)
};

const de_lesson_l15goalsay42 = /** @type {(inputs: Lesson_L15goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen: Alle drei Nachrichten sollten auf dem Laptop sein.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end: all three messages should be on the laptop." |
*
* @param {Lesson_L15goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goalsay42 = /** @type {((inputs?: Lesson_L15goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goalsay42(inputs)
	if (locale === "de") return de_lesson_l15goalsay42(inputs)
	return en_lesson_l15goalsay42(inputs)
});
export { lesson_l15goalsay42 as "lesson_l15GoalSay4" }