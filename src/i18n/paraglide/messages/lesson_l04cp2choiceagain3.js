/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2choiceagain3Inputs */

const en_lesson_l04cp2choiceagain3 = /** @type {(inputs: Lesson_L04cp2choiceagain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same three messages again: it downloads them a second time.`)
};

const es_lesson_l04cp2choiceagain3 = /** @type {(inputs: Lesson_L04cp2choiceagain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los mismos tres mensajes otra vez: los descarga por segunda vez.`)
};

const de_lesson_l04cp2choiceagain3 = /** @type {(inputs: Lesson_L04cp2choiceagain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieselben drei Nachrichten noch einmal: Er lädt sie ein zweites Mal herunter.`)
};

/**
* | output |
* | --- |
* | "The same three messages again: it downloads them a second time." |
*
* @param {Lesson_L04cp2choiceagain3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2choiceagain3 = /** @type {((inputs?: Lesson_L04cp2choiceagain3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2choiceagain3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2choiceagain3(inputs)
	if (locale === "de") return de_lesson_l04cp2choiceagain3(inputs)
	return en_lesson_l04cp2choiceagain3(inputs)
});
export { lesson_l04cp2choiceagain3 as "lesson_l04Cp2ChoiceAgain" }