/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp2spoilers2Inputs */

const en_lesson_l02cp2spoilers2 = /** @type {(inputs: Lesson_L02cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unique-id | UIDL | remembers the`)
};

const es_lesson_l02cp2spoilers2 = /** @type {(inputs: Lesson_L02cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`identificador único | UIDL | recuerda los`)
};

const de_lesson_l02cp2spoilers2 = /** @type {(inputs: Lesson_L02cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eindeutige ID | UIDL | merkt sich`)
};

/**
* | output |
* | --- |
* | "unique-id \| UIDL \| remembers the" |
*
* @param {Lesson_L02cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp2spoilers2 = /** @type {((inputs?: Lesson_L02cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l02cp2spoilers2(inputs)
	return en_lesson_l02cp2spoilers2(inputs)
});
export { lesson_l02cp2spoilers2 as "lesson_l02Cp2Spoilers" }