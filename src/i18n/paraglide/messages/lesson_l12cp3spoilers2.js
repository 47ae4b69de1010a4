/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3spoilers2Inputs */

const en_lesson_l12cp3spoilers2 = /** @type {(inputs: Lesson_L12cp3spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`guesses | offline`)
};

const es_lesson_l12cp3spoilers2 = /** @type {(inputs: Lesson_L12cp3spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`probar contraseñas | sin conexión | adivinada`)
};

const de_lesson_l12cp3spoilers2 = /** @type {(inputs: Lesson_L12cp3spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline | durchprobieren | geratenes Passwort`)
};

/**
* | output |
* | --- |
* | "guesses \| offline" |
*
* @param {Lesson_L12cp3spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3spoilers2 = /** @type {((inputs?: Lesson_L12cp3spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3spoilers2(inputs)
	if (locale === "de") return de_lesson_l12cp3spoilers2(inputs)
	return en_lesson_l12cp3spoilers2(inputs)
});
export { lesson_l12cp3spoilers2 as "lesson_l12Cp3Spoilers" }