/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1spoilers2Inputs */

const en_lesson_l01cp1spoilers2 = /** @type {(inputs: Lesson_L01cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marked | UPDATE | RSET | only marks | not removed`)
};

const es_lesson_l01cp1spoilers2 = /** @type {(inputs: Lesson_L01cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marcado | UPDATE | RSET | solo marca | quitar la marca | sigue en el servidor`)
};

const de_lesson_l01cp1spoilers2 = /** @type {(inputs: Lesson_L01cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`markiert | UPDATE | RSET | Markierung | noch auf dem Server`)
};

/**
* | output |
* | --- |
* | "marked \| UPDATE \| RSET \| only marks \| not removed" |
*
* @param {Lesson_L01cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1spoilers2 = /** @type {((inputs?: Lesson_L01cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l01cp1spoilers2(inputs)
	return en_lesson_l01cp1spoilers2(inputs)
});
export { lesson_l01cp1spoilers2 as "lesson_l01Cp1Spoilers" }