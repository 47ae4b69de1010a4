/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03hint11Inputs */

const en_lesson_l03hint11 = /** @type {(inputs: Lesson_L03hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The moment you want is after the reply "+OK message 3 deleted" and before "QUIT" leaves the laptop.`)
};

const es_lesson_l03hint11 = /** @type {(inputs: Lesson_L03hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El momento que buscas está después de la respuesta «+OK message 3 deleted» y antes de que «QUIT» salga del portátil.`)
};

const de_lesson_l03hint11 = /** @type {(inputs: Lesson_L03hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der gesuchte Moment liegt nach der Antwort „+OK message 3 deleted“ und bevor „QUIT“ den Laptop verlässt.`)
};

/**
* | output |
* | --- |
* | "The moment you want is after the reply \"+OK message 3 deleted\" and before \"QUIT\" leaves the laptop." |
*
* @param {Lesson_L03hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03hint11 = /** @type {((inputs?: Lesson_L03hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03hint11(inputs)
	if (locale === "de") return de_lesson_l03hint11(inputs)
	return en_lesson_l03hint11(inputs)
});
export { lesson_l03hint11 as "lesson_l03Hint1" }