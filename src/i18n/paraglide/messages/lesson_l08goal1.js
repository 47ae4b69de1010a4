/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08goal1Inputs */

const en_lesson_l08goal1 = /** @type {(inputs: Lesson_L08goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run the same maildrop over POP1, reading with RDEL, to the end of the session.`)
};

const es_lesson_l08goal1 = /** @type {(inputs: Lesson_L08goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lee el mismo buzón por POP1, con RDEL, hasta el final de la sesión.`)
};

const de_lesson_l08goal1 = /** @type {(inputs: Lesson_L08goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass dasselbe Postfach über POP1 laufen, gelesen mit RDEL, bis zum Ende der Sitzung.`)
};

/**
* | output |
* | --- |
* | "Run the same maildrop over POP1, reading with RDEL, to the end of the session." |
*
* @param {Lesson_L08goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08goal1 = /** @type {((inputs?: Lesson_L08goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08goal1(inputs)
	if (locale === "de") return de_lesson_l08goal1(inputs)
	return en_lesson_l08goal1(inputs)
});
export { lesson_l08goal1 as "lesson_l08Goal" }