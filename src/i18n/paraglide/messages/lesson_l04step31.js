/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04step31Inputs */

const en_lesson_l04step31 = /** @type {(inputs: Lesson_L04step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare the server's maildrop with what the laptop was told.`)
};

const es_lesson_l04step31 = /** @type {(inputs: Lesson_L04step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compara el buzón del servidor con lo que se le dijo al portátil.`)
};

const de_lesson_l04step31 = /** @type {(inputs: Lesson_L04step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vergleiche das Postfach auf dem Server mit dem, was dem Laptop gesagt wurde.`)
};

/**
* | output |
* | --- |
* | "Compare the server's maildrop with what the laptop was told." |
*
* @param {Lesson_L04step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04step31 = /** @type {((inputs?: Lesson_L04step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04step31(inputs)
	if (locale === "de") return de_lesson_l04step31(inputs)
	return en_lesson_l04step31(inputs)
});
export { lesson_l04step31 as "lesson_l04Step3" }