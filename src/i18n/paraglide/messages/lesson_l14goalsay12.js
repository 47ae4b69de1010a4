/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14goalsay12Inputs */

const en_lesson_l14goalsay12 = /** @type {(inputs: Lesson_L14goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solve it without faults: press Reset.`)
};

const es_lesson_l14goalsay12 = /** @type {(inputs: Lesson_L14goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resuélvelo sin fallos: pulsa Reiniciar.`)
};

const de_lesson_l14goalsay12 = /** @type {(inputs: Lesson_L14goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löse es ohne Störungen: Drücke Zurücksetzen.`)
};

/**
* | output |
* | --- |
* | "Solve it without faults: press Reset." |
*
* @param {Lesson_L14goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14goalsay12 = /** @type {((inputs?: Lesson_L14goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14goalsay12(inputs)
	if (locale === "de") return de_lesson_l14goalsay12(inputs)
	return en_lesson_l14goalsay12(inputs)
});
export { lesson_l14goalsay12 as "lesson_l14GoalSay1" }