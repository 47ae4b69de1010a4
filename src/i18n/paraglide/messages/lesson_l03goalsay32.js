/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03goalsay32Inputs */

const en_lesson_l03goalsay32 = /** @type {(inputs: Lesson_L03goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play to the end, through the laptop's second poll.`)
};

const es_lesson_l03goalsay32 = /** @type {(inputs: Lesson_L03goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta el final, hasta pasar la segunda consulta del portátil.`)
};

const de_lesson_l03goalsay32 = /** @type {(inputs: Lesson_L03goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel bis zum Ende ab, bis nach dem zweiten Abruf des Laptops.`)
};

/**
* | output |
* | --- |
* | "Play to the end, through the laptop's second poll." |
*
* @param {Lesson_L03goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03goalsay32 = /** @type {((inputs?: Lesson_L03goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03goalsay32(inputs)
	if (locale === "de") return de_lesson_l03goalsay32(inputs)
	return en_lesson_l03goalsay32(inputs)
});
export { lesson_l03goalsay32 as "lesson_l03GoalSay3" }