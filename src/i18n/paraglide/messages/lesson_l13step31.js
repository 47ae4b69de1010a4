/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13step31Inputs */

const en_lesson_l13step31 = /** @type {(inputs: Lesson_L13step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the phone's session closely: what does the server tell it about what the laptop did?`)
};

/** @type {(inputs: Lesson_L13step31Inputs) => LocalizedString} */
const es_lesson_l13step31 = en_lesson_l13step31;

/** @type {(inputs: Lesson_L13step31Inputs) => LocalizedString} */
const de_lesson_l13step31 = en_lesson_l13step31;

/**
* | output |
* | --- |
* | "Watch the phone's session closely: what does the server tell it about what the laptop did?" |
*
* @param {Lesson_L13step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13step31 = /** @type {((inputs?: Lesson_L13step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13step31(inputs)
	if (locale === "de") return de_lesson_l13step31(inputs)
	return en_lesson_l13step31(inputs)
});
export { lesson_l13step31 as "lesson_l13Step3" }