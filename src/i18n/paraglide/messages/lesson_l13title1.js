/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13title1Inputs */

const en_lesson_l13title1 = /** @type {(inputs: Lesson_L13title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What POP does not do: POP against IMAP`)
};

const es_lesson_l13title1 = /** @type {(inputs: Lesson_L13title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que POP no hace: POP frente a IMAP`)
};

const de_lesson_l13title1 = /** @type {(inputs: Lesson_L13title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was POP nicht tut: POP im Vergleich zu IMAP`)
};

/**
* | output |
* | --- |
* | "What POP does not do: POP against IMAP" |
*
* @param {Lesson_L13title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13title1 = /** @type {((inputs?: Lesson_L13title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13title1(inputs)
	if (locale === "de") return de_lesson_l13title1(inputs)
	return en_lesson_l13title1(inputs)
});
export { lesson_l13title1 as "lesson_l13Title" }