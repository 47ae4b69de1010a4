/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12goalsay12Inputs */

const en_lesson_l12goalsay12 = /** @type {(inputs: Lesson_L12goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in with AUTH and a mechanism that answers a challenge: try the buttons below.`)
};

const es_lesson_l12goalsay12 = /** @type {(inputs: Lesson_L12goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con AUTH y un mecanismo que responda a un reto: prueba los botones de abajo.`)
};

const de_lesson_l12goalsay12 = /** @type {(inputs: Lesson_L12goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich mit AUTH und einem Mechanismus an, der auf eine Challenge antwortet: Probiere die Schaltflächen unten aus.`)
};

/**
* | output |
* | --- |
* | "Log in with AUTH and a mechanism that answers a challenge: try the buttons below." |
*
* @param {Lesson_L12goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12goalsay12 = /** @type {((inputs?: Lesson_L12goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12goalsay12(inputs)
	if (locale === "de") return de_lesson_l12goalsay12(inputs)
	return en_lesson_l12goalsay12(inputs)
});
export { lesson_l12goalsay12 as "lesson_l12GoalSay1" }