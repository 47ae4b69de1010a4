/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp1choicenow3Inputs */

const en_lesson_l08cp1choicenow3 = /** @type {(inputs: Lesson_L08cp1choicenow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`At once, when it handles ACKD.`)
};

const es_lesson_l08cp1choicenow3 = /** @type {(inputs: Lesson_L08cp1choicenow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enseguida, al procesar ACKD.`)
};

const de_lesson_l08cp1choicenow3 = /** @type {(inputs: Lesson_L08cp1choicenow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sofort, wenn er ACKD verarbeitet.`)
};

/**
* | output |
* | --- |
* | "At once, when it handles ACKD." |
*
* @param {Lesson_L08cp1choicenow3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp1choicenow3 = /** @type {((inputs?: Lesson_L08cp1choicenow3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp1choicenow3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp1choicenow3(inputs)
	if (locale === "de") return de_lesson_l08cp1choicenow3(inputs)
	return en_lesson_l08cp1choicenow3(inputs)
});
export { lesson_l08cp1choicenow3 as "lesson_l08Cp1ChoiceNow" }