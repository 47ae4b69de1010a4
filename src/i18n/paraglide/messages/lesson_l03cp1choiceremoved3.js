/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp1choiceremoved3Inputs */

const en_lesson_l03cp1choiceremoved3 = /** @type {(inputs: Lesson_L03cp1choiceremoved3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is removed: the server already accepted DELE 2.`)
};

const es_lesson_l03cp1choiceremoved3 = /** @type {(inputs: Lesson_L03cp1choiceremoved3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se elimina: el servidor ya aceptó DELE 2.`)
};

const de_lesson_l03cp1choiceremoved3 = /** @type {(inputs: Lesson_L03cp1choiceremoved3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie wird entfernt: Der Server hat DELE 2 schon angenommen.`)
};

/**
* | output |
* | --- |
* | "It is removed: the server already accepted DELE 2." |
*
* @param {Lesson_L03cp1choiceremoved3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp1choiceremoved3 = /** @type {((inputs?: Lesson_L03cp1choiceremoved3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp1choiceremoved3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp1choiceremoved3(inputs)
	if (locale === "de") return de_lesson_l03cp1choiceremoved3(inputs)
	return en_lesson_l03cp1choiceremoved3(inputs)
});
export { lesson_l03cp1choiceremoved3 as "lesson_l03Cp1ChoiceRemoved" }