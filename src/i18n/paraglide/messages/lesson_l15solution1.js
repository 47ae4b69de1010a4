/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15solution1Inputs */

const en_lesson_l15solution1 = /** @type {(inputs: Lesson_L15solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With "write to disk, then DELE" the laptop only confirms what is already durable, so by the time the server removes anything in UPDATE every copy is on disk: a crash there costs nothing, and the red cells are gone from the map. With "DELE as soon as it arrives" the server removes the messages while the only copies are still in memory.`)
};

/** @type {(inputs: Lesson_L15solution1Inputs) => LocalizedString} */
const es_lesson_l15solution1 = en_lesson_l15solution1;

/** @type {(inputs: Lesson_L15solution1Inputs) => LocalizedString} */
const de_lesson_l15solution1 = en_lesson_l15solution1;

/**
* | output |
* | --- |
* | "With \"write to disk, then DELE\" the laptop only confirms what is already durable, so by the time the server removes anything in UPDATE every copy is on disk:..." |
*
* @param {Lesson_L15solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15solution1 = /** @type {((inputs?: Lesson_L15solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15solution1(inputs)
	if (locale === "de") return de_lesson_l15solution1(inputs)
	return en_lesson_l15solution1(inputs)
});
export { lesson_l15solution1 as "lesson_l15Solution" }