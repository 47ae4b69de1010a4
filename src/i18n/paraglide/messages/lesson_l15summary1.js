/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15summary1Inputs */

const en_lesson_l15summary1 = /** @type {(inputs: Lesson_L15summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same laptop as in "A client in a hurry": a slow disk, and it downloads and deletes three messages. Before you look at the fault map, guess at which steps a crash would cost mail. Then open the map (Tools, then "Fault map") and compare. Then change how the laptop orders its work and open the map again.`)
};

/** @type {(inputs: Lesson_L15summary1Inputs) => LocalizedString} */
const es_lesson_l15summary1 = en_lesson_l15summary1;

/** @type {(inputs: Lesson_L15summary1Inputs) => LocalizedString} */
const de_lesson_l15summary1 = en_lesson_l15summary1;

/**
* | output |
* | --- |
* | "The same laptop as in \"A client in a hurry\": a slow disk, and it downloads and deletes three messages. Before you look at the fault map, guess at which steps..." |
*
* @param {Lesson_L15summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15summary1 = /** @type {((inputs?: Lesson_L15summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15summary1(inputs)
	if (locale === "de") return de_lesson_l15summary1(inputs)
	return en_lesson_l15summary1(inputs)
});
export { lesson_l15summary1 as "lesson_l15Summary" }