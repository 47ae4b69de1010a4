/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp2choicenothing3Inputs */

const en_lesson_l12cp2choicenothing3 = /** @type {(inputs: Lesson_L12cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: the string is encrypted with the server's key.`)
};

const es_lesson_l12cp2choicenothing3 = /** @type {(inputs: Lesson_L12cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: la cadena va cifrada con la clave del servidor.`)
};

const de_lesson_l12cp2choicenothing3 = /** @type {(inputs: Lesson_L12cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Die Zeichenkette ist mit dem Schlüssel des Servers verschlüsselt.`)
};

/**
* | output |
* | --- |
* | "Nothing: the string is encrypted with the server's key." |
*
* @param {Lesson_L12cp2choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp2choicenothing3 = /** @type {((inputs?: Lesson_L12cp2choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp2choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp2choicenothing3(inputs)
	if (locale === "de") return de_lesson_l12cp2choicenothing3(inputs)
	return en_lesson_l12cp2choicenothing3(inputs)
});
export { lesson_l12cp2choicenothing3 as "lesson_l12Cp2ChoiceNothing" }