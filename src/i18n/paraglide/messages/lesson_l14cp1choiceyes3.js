/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp1choiceyes3Inputs */

const en_lesson_l14cp1choiceyes3 = /** @type {(inputs: Lesson_L14cp1choiceyes3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes: it becomes message 4 and the laptop fetches it before QUIT.`)
};

const es_lesson_l14cp1choiceyes3 = /** @type {(inputs: Lesson_L14cp1choiceyes3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sí: pasa a ser el mensaje 4 y el portátil lo descarga antes de QUIT.`)
};

const de_lesson_l14cp1choiceyes3 = /** @type {(inputs: Lesson_L14cp1choiceyes3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ja: Sie wird Nachricht 4, und der Laptop holt sie vor QUIT.`)
};

/**
* | output |
* | --- |
* | "Yes: it becomes message 4 and the laptop fetches it before QUIT." |
*
* @param {Lesson_L14cp1choiceyes3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp1choiceyes3 = /** @type {((inputs?: Lesson_L14cp1choiceyes3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp1choiceyes3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp1choiceyes3(inputs)
	if (locale === "de") return de_lesson_l14cp1choiceyes3(inputs)
	return en_lesson_l14cp1choiceyes3(inputs)
});
export { lesson_l14cp1choiceyes3 as "lesson_l14Cp1ChoiceYes" }