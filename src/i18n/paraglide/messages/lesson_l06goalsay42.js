/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06goalsay42Inputs */

const en_lesson_l06goalsay42 = /** @type {(inputs: Lesson_L06goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play to the end, through the laptop's second poll.`)
};

const es_lesson_l06goalsay42 = /** @type {(inputs: Lesson_L06goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta el final, incluida la segunda consulta del portátil.`)
};

const de_lesson_l06goalsay42 = /** @type {(inputs: Lesson_L06goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel bis zum Ende ab, samt dem zweiten Abruf des Laptops.`)
};

/**
* | output |
* | --- |
* | "Play to the end, through the laptop's second poll." |
*
* @param {Lesson_L06goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06goalsay42 = /** @type {((inputs?: Lesson_L06goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06goalsay42(inputs)
	if (locale === "de") return de_lesson_l06goalsay42(inputs)
	return en_lesson_l06goalsay42(inputs)
});
export { lesson_l06goalsay42 as "lesson_l06GoalSay4" }