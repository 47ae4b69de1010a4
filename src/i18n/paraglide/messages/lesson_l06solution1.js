/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06solution1Inputs */

const en_lesson_l06solution1 = /** @type {(inputs: Lesson_L06solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server". The laptop sends no DELE, remembers UIDs, and on the second poll retrieves nothing because UIDL lists only UIDs it already has.`)
};

/** @type {(inputs: Lesson_L06solution1Inputs) => LocalizedString} */
const es_lesson_l06solution1 = en_lesson_l06solution1;

/** @type {(inputs: Lesson_L06solution1Inputs) => LocalizedString} */
const de_lesson_l06solution1 = en_lesson_l06solution1;

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\". The laptop sends no DELE, remembers UIDs, and on the second poll retrieves nothing because UIDL lists only UIDs it alread..." |
*
* @param {Lesson_L06solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06solution1 = /** @type {((inputs?: Lesson_L06solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06solution1(inputs)
	if (locale === "de") return de_lesson_l06solution1(inputs)
	return en_lesson_l06solution1(inputs)
});
export { lesson_l06solution1 as "lesson_l06Solution" }