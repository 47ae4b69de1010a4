/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp1choiceserver3Inputs */

const en_lesson_l12cp1choiceserver3 = /** @type {(inputs: Lesson_L12cp1choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server refuses the login because it expected STLS.`)
};

const es_lesson_l12cp1choiceserver3 = /** @type {(inputs: Lesson_L12cp1choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor rechaza el inicio de sesión porque esperaba STLS.`)
};

const de_lesson_l12cp1choiceserver3 = /** @type {(inputs: Lesson_L12cp1choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lehnt die Anmeldung ab, weil er STLS erwartet hat.`)
};

/**
* | output |
* | --- |
* | "The server refuses the login because it expected STLS." |
*
* @param {Lesson_L12cp1choiceserver3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp1choiceserver3 = /** @type {((inputs?: Lesson_L12cp1choiceserver3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp1choiceserver3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp1choiceserver3(inputs)
	if (locale === "de") return de_lesson_l12cp1choiceserver3(inputs)
	return en_lesson_l12cp1choiceserver3(inputs)
});
export { lesson_l12cp1choiceserver3 as "lesson_l12Cp1ChoiceServer" }