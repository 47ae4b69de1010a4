/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05step21Inputs */

const en_lesson_l05step21 = /** @type {(inputs: Lesson_L05step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step until the server has answered QUIT.`)
};

const es_lesson_l05step21 = /** @type {(inputs: Lesson_L05step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza paso a paso hasta que el servidor haya respondido a QUIT.`)
};

const de_lesson_l05step21 = /** @type {(inputs: Lesson_L05step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh Schritt für Schritt weiter, bis der Server auf QUIT geantwortet hat.`)
};

/**
* | output |
* | --- |
* | "Step until the server has answered QUIT." |
*
* @param {Lesson_L05step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05step21 = /** @type {((inputs?: Lesson_L05step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05step21(inputs)
	if (locale === "de") return de_lesson_l05step21(inputs)
	return en_lesson_l05step21(inputs)
});
export { lesson_l05step21 as "lesson_l05Step2" }