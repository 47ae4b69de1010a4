/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1spoilers2Inputs */

const en_lesson_l15cp1spoilers2 = /** @type {(inputs: Lesson_L15cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`caught up | catches up | processed quit`)
};

const es_lesson_l15cp1spoilers2 = /** @type {(inputs: Lesson_L15cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se ponga al día | se pone al día | procesado QUIT | procesa QUIT`)
};

const de_lesson_l15cp1spoilers2 = /** @type {(inputs: Lesson_L15cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aufgeholt | aufholt | QUIT verarbeitet`)
};

/**
* | output |
* | --- |
* | "caught up \| catches up \| processed quit" |
*
* @param {Lesson_L15cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1spoilers2 = /** @type {((inputs?: Lesson_L15cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l15cp1spoilers2(inputs)
	return en_lesson_l15cp1spoilers2(inputs)
});
export { lesson_l15cp1spoilers2 as "lesson_l15Cp1Spoilers" }