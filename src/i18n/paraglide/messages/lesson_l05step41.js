/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05step41Inputs */

const en_lesson_l05step41 = /** @type {(inputs: Lesson_L05step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read the Outcome and the step it names for each message.`)
};

const es_lesson_l05step41 = /** @type {(inputs: Lesson_L05step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lee el Resultado y el paso que señala para cada mensaje.`)
};

const de_lesson_l05step41 = /** @type {(inputs: Lesson_L05step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lies das Ergebnis und den Schritt, den es für jede Nachricht nennt.`)
};

/**
* | output |
* | --- |
* | "Read the Outcome and the step it names for each message." |
*
* @param {Lesson_L05step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05step41 = /** @type {((inputs?: Lesson_L05step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05step41(inputs)
	if (locale === "de") return de_lesson_l05step41(inputs)
	return en_lesson_l05step41(inputs)
});
export { lesson_l05step41 as "lesson_l05Step4" }