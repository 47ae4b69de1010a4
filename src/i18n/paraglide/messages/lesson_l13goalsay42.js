/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13goalsay42Inputs */

const en_lesson_l13goalsay42 = /** @type {(inputs: Lesson_L13goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end, past the phone's poll.`)
};

const es_lesson_l13goalsay42 = /** @type {(inputs: Lesson_L13goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final, más allá de la consulta del móvil.`)
};

const de_lesson_l13goalsay42 = /** @type {(inputs: Lesson_L13goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen, über den Abruf des Handys hinaus.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end, past the phone's poll." |
*
* @param {Lesson_L13goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13goalsay42 = /** @type {((inputs?: Lesson_L13goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13goalsay42(inputs)
	if (locale === "de") return de_lesson_l13goalsay42(inputs)
	return en_lesson_l13goalsay42(inputs)
});
export { lesson_l13goalsay42 as "lesson_l13GoalSay4" }