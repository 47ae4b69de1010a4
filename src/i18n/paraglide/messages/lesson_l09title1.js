/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09title1Inputs */

const en_lesson_l09title1 = /** @type {(inputs: Lesson_L09title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What an eavesdropper on the channel sees`)
};

const es_lesson_l09title1 = /** @type {(inputs: Lesson_L09title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que ve quien espía el canal`)
};

const de_lesson_l09title1 = /** @type {(inputs: Lesson_L09title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was ein Lauscher auf dem Kanal sieht`)
};

/**
* | output |
* | --- |
* | "What an eavesdropper on the channel sees" |
*
* @param {Lesson_L09title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09title1 = /** @type {((inputs?: Lesson_L09title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09title1(inputs)
	if (locale === "de") return de_lesson_l09title1(inputs)
	return en_lesson_l09title1(inputs)
});
export { lesson_l09title1 as "lesson_l09Title" }