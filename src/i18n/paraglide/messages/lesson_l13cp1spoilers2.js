/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1spoilers2Inputs */

const en_lesson_l13cp1spoilers2 = /** @type {(inputs: Lesson_L13cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`seen | flag there | flags`)
};

const es_lesson_l13cp1spoilers2 = /** @type {(inputs: Lesson_L13cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`visto | allí el indicador | indicadores`)
};

const de_lesson_l13cp1spoilers2 = /** @type {(inputs: Lesson_L13cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`„gesehen“ | dort das Flag | Flags wie`)
};

/**
* | output |
* | --- |
* | "seen \| flag there \| flags" |
*
* @param {Lesson_L13cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp1spoilers2 = /** @type {((inputs?: Lesson_L13cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l13cp1spoilers2(inputs)
	return en_lesson_l13cp1spoilers2(inputs)
});
export { lesson_l13cp1spoilers2 as "lesson_l13Cp1Spoilers" }