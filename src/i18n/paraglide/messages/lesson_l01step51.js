/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01step51Inputs */

const en_lesson_l01step51 = /** @type {(inputs: Lesson_L01step51Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type DELE 1 and look at the maildrop.`)
};

const es_lesson_l01step51 = /** @type {(inputs: Lesson_L01step51Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe DELE 1 y mira el buzón.`)
};

const de_lesson_l01step51 = /** @type {(inputs: Lesson_L01step51Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe DELE 1 und sieh dir das Postfach an.`)
};

/**
* | output |
* | --- |
* | "Type DELE 1 and look at the maildrop." |
*
* @param {Lesson_L01step51Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01step51 = /** @type {((inputs?: Lesson_L01step51Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01step51Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01step51(inputs)
	if (locale === "de") return de_lesson_l01step51(inputs)
	return en_lesson_l01step51(inputs)
});
export { lesson_l01step51 as "lesson_l01Step5" }