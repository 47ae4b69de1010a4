/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05goalsay12Inputs */

const en_lesson_l05goalsay12 = /** @type {(inputs: Lesson_L05goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause at the right moment and press "Crash client".`)
};

const es_lesson_l05goalsay12 = /** @type {(inputs: Lesson_L05goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haz una pausa en el momento justo y pulsa «Colgar el cliente».`)
};

const de_lesson_l05goalsay12 = /** @type {(inputs: Lesson_L05goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Halte im richtigen Moment an und drücke „Client abstürzen lassen“.`)
};

/**
* | output |
* | --- |
* | "Pause at the right moment and press \"Crash client\"." |
*
* @param {Lesson_L05goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05goalsay12 = /** @type {((inputs?: Lesson_L05goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05goalsay12(inputs)
	if (locale === "de") return de_lesson_l05goalsay12(inputs)
	return en_lesson_l05goalsay12(inputs)
});
export { lesson_l05goalsay12 as "lesson_l05GoalSay1" }