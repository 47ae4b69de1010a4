/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp1choicenone3Inputs */

const en_lesson_l02cp1choicenone3 = /** @type {(inputs: Lesson_L02cp1choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An empty maildrop: the laptop's QUIT removes the messages it marked.`)
};

const es_lesson_l02cp1choicenone3 = /** @type {(inputs: Lesson_L02cp1choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un buzón vacío: el QUIT del portátil elimina los mensajes que este marcó.`)
};

const de_lesson_l02cp1choicenone3 = /** @type {(inputs: Lesson_L02cp1choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein leeres Postfach: Das QUIT des Laptops entfernt die Nachrichten, die er markiert hat.`)
};

/**
* | output |
* | --- |
* | "An empty maildrop: the laptop's QUIT removes the messages it marked." |
*
* @param {Lesson_L02cp1choicenone3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp1choicenone3 = /** @type {((inputs?: Lesson_L02cp1choicenone3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp1choicenone3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp1choicenone3(inputs)
	if (locale === "de") return de_lesson_l02cp1choicenone3(inputs)
	return en_lesson_l02cp1choicenone3(inputs)
});
export { lesson_l02cp1choicenone3 as "lesson_l02Cp1ChoiceNone" }