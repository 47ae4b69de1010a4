/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp2choicedelivered3Inputs */

const en_lesson_l01cp2choicedelivered3 = /** @type {(inputs: Lesson_L01cp2choicedelivered3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delivered: you read it on screen.`)
};

const es_lesson_l01cp2choicedelivered3 = /** @type {(inputs: Lesson_L01cp2choicedelivered3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entregado: lo has leído en pantalla.`)
};

const de_lesson_l01cp2choicedelivered3 = /** @type {(inputs: Lesson_L01cp2choicedelivered3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zugestellt: Du hast sie auf dem Bildschirm gelesen.`)
};

/**
* | output |
* | --- |
* | "Delivered: you read it on screen." |
*
* @param {Lesson_L01cp2choicedelivered3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp2choicedelivered3 = /** @type {((inputs?: Lesson_L01cp2choicedelivered3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp2choicedelivered3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp2choicedelivered3(inputs)
	if (locale === "de") return de_lesson_l01cp2choicedelivered3(inputs)
	return en_lesson_l01cp2choicedelivered3(inputs)
});
export { lesson_l01cp2choicedelivered3 as "lesson_l01Cp2ChoiceDelivered" }