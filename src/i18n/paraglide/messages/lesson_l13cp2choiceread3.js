/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2choiceread3Inputs */

const en_lesson_l13cp2choiceread3 = /** @type {(inputs: Lesson_L13cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As read, in a "Lunch" folder: the server passes the laptop's changes on.`)
};

const es_lesson_l13cp2choiceread3 = /** @type {(inputs: Lesson_L13cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Como leído, en una carpeta «Lunch»: el servidor le pasa los cambios del portátil.`)
};

const de_lesson_l13cp2choiceread3 = /** @type {(inputs: Lesson_L13cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Als gelesen, in einem Ordner „Lunch“: Der Server gibt die Änderungen des Laptops weiter.`)
};

/**
* | output |
* | --- |
* | "As read, in a \"Lunch\" folder: the server passes the laptop's changes on." |
*
* @param {Lesson_L13cp2choiceread3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2choiceread3 = /** @type {((inputs?: Lesson_L13cp2choiceread3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2choiceread3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2choiceread3(inputs)
	if (locale === "de") return de_lesson_l13cp2choiceread3(inputs)
	return en_lesson_l13cp2choiceread3(inputs)
});
export { lesson_l13cp2choiceread3 as "lesson_l13Cp2ChoiceRead" }