/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03goalsay12Inputs */

const en_lesson_l03goalsay12 = /** @type {(inputs: Lesson_L03goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause just before the laptop sends QUIT and press "Drop connection".`)
};

const es_lesson_l03goalsay12 = /** @type {(inputs: Lesson_L03goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detente justo antes de que el portátil envíe QUIT y pulsa «Cortar la conexión».`)
};

const de_lesson_l03goalsay12 = /** @type {(inputs: Lesson_L03goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Halte an, kurz bevor der Laptop QUIT sendet, und drücke „Verbindung trennen“.`)
};

/**
* | output |
* | --- |
* | "Pause just before the laptop sends QUIT and press \"Drop connection\"." |
*
* @param {Lesson_L03goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03goalsay12 = /** @type {((inputs?: Lesson_L03goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03goalsay12(inputs)
	if (locale === "de") return de_lesson_l03goalsay12(inputs)
	return en_lesson_l03goalsay12(inputs)
});
export { lesson_l03goalsay12 as "lesson_l03GoalSay1" }