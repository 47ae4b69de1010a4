/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2choicenone3Inputs */

const en_lesson_l13cp2choicenone3 = /** @type {(inputs: Lesson_L13cp2choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not at all: a message the laptop has read is hidden from the phone.`)
};

const es_lesson_l13cp2choicenone3 = /** @type {(inputs: Lesson_L13cp2choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De ningún modo: un mensaje que el portátil ha leído queda oculto para el móvil.`)
};

const de_lesson_l13cp2choicenone3 = /** @type {(inputs: Lesson_L13cp2choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gar nicht: Eine Nachricht, die der Laptop gelesen hat, bleibt vor dem Handy verborgen.`)
};

/**
* | output |
* | --- |
* | "Not at all: a message the laptop has read is hidden from the phone." |
*
* @param {Lesson_L13cp2choicenone3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2choicenone3 = /** @type {((inputs?: Lesson_L13cp2choicenone3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2choicenone3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2choicenone3(inputs)
	if (locale === "de") return de_lesson_l13cp2choicenone3(inputs)
	return en_lesson_l13cp2choicenone3(inputs)
});
export { lesson_l13cp2choicenone3 as "lesson_l13Cp2ChoiceNone" }