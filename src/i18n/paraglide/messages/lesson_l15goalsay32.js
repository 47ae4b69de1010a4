/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goalsay32Inputs */

const en_lesson_l15goalsay32 = /** @type {(inputs: Lesson_L15goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail was lost. Change the laptop's commit order below, then crash it at the same moment again.`)
};

/** @type {(inputs: Lesson_L15goalsay32Inputs) => LocalizedString} */
const es_lesson_l15goalsay32 = en_lesson_l15goalsay32;

/** @type {(inputs: Lesson_L15goalsay32Inputs) => LocalizedString} */
const de_lesson_l15goalsay32 = en_lesson_l15goalsay32;

/**
* | output |
* | --- |
* | "Mail was lost. Change the laptop's commit order below, then crash it at the same moment again." |
*
* @param {Lesson_L15goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goalsay32 = /** @type {((inputs?: Lesson_L15goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goalsay32(inputs)
	if (locale === "de") return de_lesson_l15goalsay32(inputs)
	return en_lesson_l15goalsay32(inputs)
});
export { lesson_l15goalsay32 as "lesson_l15GoalSay3" }