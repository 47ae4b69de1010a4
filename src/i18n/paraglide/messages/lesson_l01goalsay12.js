/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goalsay12Inputs */

const en_lesson_l01goalsay12 = /** @type {(inputs: Lesson_L01goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in: type USER alice, then PASS tanstaaf.`)
};

const es_lesson_l01goalsay12 = /** @type {(inputs: Lesson_L01goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión: escribe USER alice y después PASS tanstaaf.`)
};

const de_lesson_l01goalsay12 = /** @type {(inputs: Lesson_L01goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich an: Tippe USER alice, dann PASS tanstaaf.`)
};

/**
* | output |
* | --- |
* | "Log in: type USER alice, then PASS tanstaaf." |
*
* @param {Lesson_L01goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goalsay12 = /** @type {((inputs?: Lesson_L01goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goalsay12(inputs)
	if (locale === "de") return de_lesson_l01goalsay12(inputs)
	return en_lesson_l01goalsay12(inputs)
});
export { lesson_l01goalsay12 as "lesson_l01GoalSay1" }