/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goalsay42Inputs */

const en_lesson_l04goalsay42 = /** @type {(inputs: Lesson_L04goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end.`)
};

const es_lesson_l04goalsay42 = /** @type {(inputs: Lesson_L04goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final.`)
};

const de_lesson_l04goalsay42 = /** @type {(inputs: Lesson_L04goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end." |
*
* @param {Lesson_L04goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goalsay42 = /** @type {((inputs?: Lesson_L04goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goalsay42(inputs)
	if (locale === "de") return de_lesson_l04goalsay42(inputs)
	return en_lesson_l04goalsay42(inputs)
});
export { lesson_l04goalsay42 as "lesson_l04GoalSay4" }