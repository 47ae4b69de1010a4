/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1choicegone3Inputs */

const en_lesson_l01cp1choicegone3 = /** @type {(inputs: Lesson_L01cp1choicegone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gone from the server: +OK means it was deleted.`)
};

const es_lesson_l01cp1choicegone3 = /** @type {(inputs: Lesson_L01cp1choicegone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya no está en el servidor: +OK significa que se ha borrado.`)
};

const de_lesson_l01cp1choicegone3 = /** @type {(inputs: Lesson_L01cp1choicegone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vom Server verschwunden: +OK heißt, sie wurde gelöscht.`)
};

/**
* | output |
* | --- |
* | "Gone from the server: +OK means it was deleted." |
*
* @param {Lesson_L01cp1choicegone3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1choicegone3 = /** @type {((inputs?: Lesson_L01cp1choicegone3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1choicegone3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1choicegone3(inputs)
	if (locale === "de") return de_lesson_l01cp1choicegone3(inputs)
	return en_lesson_l01cp1choicegone3(inputs)
});
export { lesson_l01cp1choicegone3 as "lesson_l01Cp1ChoiceGone" }