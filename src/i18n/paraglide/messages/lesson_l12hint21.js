/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12hint21Inputs */

const en_lesson_l12hint21 = /** @type {(inputs: Lesson_L12hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two of the methods answer a challenge the server sent; only one of them goes through AUTH.`)
};

const es_lesson_l12hint21 = /** @type {(inputs: Lesson_L12hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dos de los métodos responden a un reto que envió el servidor; solo uno de ellos pasa por AUTH.`)
};

const de_lesson_l12hint21 = /** @type {(inputs: Lesson_L12hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zwei der Verfahren antworten auf eine Challenge, die der Server geschickt hat; nur eines davon läuft über AUTH.`)
};

/**
* | output |
* | --- |
* | "Two of the methods answer a challenge the server sent; only one of them goes through AUTH." |
*
* @param {Lesson_L12hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12hint21 = /** @type {((inputs?: Lesson_L12hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12hint21(inputs)
	if (locale === "de") return de_lesson_l12hint21(inputs)
	return en_lesson_l12hint21(inputs)
});
export { lesson_l12hint21 as "lesson_l12Hint2" }