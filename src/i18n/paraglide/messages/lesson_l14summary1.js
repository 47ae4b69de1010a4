/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14summary1Inputs */

const en_lesson_l14summary1 = /** @type {(inputs: Lesson_L14summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New mail keeps arriving while clients are connected. Here a message arrives in the middle of the laptop's session. Later the phone connects; yesterday its user deleted "Lunch on Friday?", which was message 1 then, and the phone remembers that deletion by its number. Follow the new message. (The phone had the three older messages before this run began, so the Outcome counts them as a gap on the phone.)`)
};

/** @type {(inputs: Lesson_L14summary1Inputs) => LocalizedString} */
const es_lesson_l14summary1 = en_lesson_l14summary1;

/** @type {(inputs: Lesson_L14summary1Inputs) => LocalizedString} */
const de_lesson_l14summary1 = en_lesson_l14summary1;

/**
* | output |
* | --- |
* | "New mail keeps arriving while clients are connected. Here a message arrives in the middle of the laptop's session. Later the phone connects; yesterday its us..." |
*
* @param {Lesson_L14summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14summary1 = /** @type {((inputs?: Lesson_L14summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14summary1(inputs)
	if (locale === "de") return de_lesson_l14summary1(inputs)
	return en_lesson_l14summary1(inputs)
});
export { lesson_l14summary1 as "lesson_l14Summary" }