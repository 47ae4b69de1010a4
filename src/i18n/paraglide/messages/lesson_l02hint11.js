/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02hint11Inputs */

const en_lesson_l02hint11 = /** @type {(inputs: Lesson_L02hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The problem is not a fault: nothing goes wrong on the wire.`)
};

const es_lesson_l02hint11 = /** @type {(inputs: Lesson_L02hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El problema no es un fallo: en la línea no sale nada mal.`)
};

const de_lesson_l02hint11 = /** @type {(inputs: Lesson_L02hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Problem ist keine Störung: Auf der Leitung geht nichts schief.`)
};

/**
* | output |
* | --- |
* | "The problem is not a fault: nothing goes wrong on the wire." |
*
* @param {Lesson_L02hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02hint11 = /** @type {((inputs?: Lesson_L02hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02hint11(inputs)
	if (locale === "de") return de_lesson_l02hint11(inputs)
	return en_lesson_l02hint11(inputs)
});
export { lesson_l02hint11 as "lesson_l02Hint1" }