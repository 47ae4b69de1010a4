/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11goalsay42Inputs */

const en_lesson_l11goalsay42 = /** @type {(inputs: Lesson_L11goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end, past the phone's poll on day 20.`)
};

const es_lesson_l11goalsay42 = /** @type {(inputs: Lesson_L11goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final, más allá de la consulta del móvil del día 20.`)
};

const de_lesson_l11goalsay42 = /** @type {(inputs: Lesson_L11goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen, über den Abruf des Handys an Tag 20 hinaus.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end, past the phone's poll on day 20." |
*
* @param {Lesson_L11goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11goalsay42 = /** @type {((inputs?: Lesson_L11goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11goalsay42(inputs)
	if (locale === "de") return de_lesson_l11goalsay42(inputs)
	return en_lesson_l11goalsay42(inputs)
});
export { lesson_l11goalsay42 as "lesson_l11GoalSay4" }