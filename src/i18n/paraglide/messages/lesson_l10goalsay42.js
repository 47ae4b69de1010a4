/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10goalsay42Inputs */

const en_lesson_l10goalsay42 = /** @type {(inputs: Lesson_L10goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end.`)
};

const es_lesson_l10goalsay42 = /** @type {(inputs: Lesson_L10goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la ejecución hasta el final.`)
};

const de_lesson_l10goalsay42 = /** @type {(inputs: Lesson_L10goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel den Durchlauf bis zum Ende ab.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end." |
*
* @param {Lesson_L10goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10goalsay42 = /** @type {((inputs?: Lesson_L10goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10goalsay42(inputs)
	if (locale === "de") return de_lesson_l10goalsay42(inputs)
	return en_lesson_l10goalsay42(inputs)
});
export { lesson_l10goalsay42 as "lesson_l10GoalSay4" }