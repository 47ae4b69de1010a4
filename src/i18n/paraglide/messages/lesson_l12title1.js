/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12title1Inputs */

const en_lesson_l12title1 = /** @type {(inputs: Lesson_L12title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Four ways to log in, read off the wire`)
};

const es_lesson_l12title1 = /** @type {(inputs: Lesson_L12title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuatro formas de iniciar sesión, leídas en la línea`)
};

const de_lesson_l12title1 = /** @type {(inputs: Lesson_L12title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vier Arten der Anmeldung, von der Leitung gelesen`)
};

/**
* | output |
* | --- |
* | "Four ways to log in, read off the wire" |
*
* @param {Lesson_L12title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12title1 = /** @type {((inputs?: Lesson_L12title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12title1(inputs)
	if (locale === "de") return de_lesson_l12title1(inputs)
	return en_lesson_l12title1(inputs)
});
export { lesson_l12title1 as "lesson_l12Title" }