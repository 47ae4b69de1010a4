/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1choiceretr3Inputs */

const en_lesson_l15cp1choiceretr3 = /** @type {(inputs: Lesson_L15cp1choiceretr3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`While it retrieves the messages, before any DELE.`)
};

const es_lesson_l15cp1choiceretr3 = /** @type {(inputs: Lesson_L15cp1choiceretr3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mientras descarga los mensajes, antes de ningún DELE.`)
};

const de_lesson_l15cp1choiceretr3 = /** @type {(inputs: Lesson_L15cp1choiceretr3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Während er die Nachrichten abruft, vor jedem DELE.`)
};

/**
* | output |
* | --- |
* | "While it retrieves the messages, before any DELE." |
*
* @param {Lesson_L15cp1choiceretr3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1choiceretr3 = /** @type {((inputs?: Lesson_L15cp1choiceretr3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1choiceretr3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1choiceretr3(inputs)
	if (locale === "de") return de_lesson_l15cp1choiceretr3(inputs)
	return en_lesson_l15cp1choiceretr3(inputs)
});
export { lesson_l15cp1choiceretr3 as "lesson_l15Cp1ChoiceRetr" }