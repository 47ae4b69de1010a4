/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2choicesafe3Inputs */

const en_lesson_l15cp2choicesafe3 = /** @type {(inputs: Lesson_L15cp2choicesafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write each message to disk first, then send DELE.`)
};

const es_lesson_l15cp2choicesafe3 = /** @type {(inputs: Lesson_L15cp2choicesafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribir primero cada mensaje en disco y después enviar DELE.`)
};

const de_lesson_l15cp2choicesafe3 = /** @type {(inputs: Lesson_L15cp2choicesafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Nachricht zuerst auf die Festplatte schreiben, dann DELE senden.`)
};

/**
* | output |
* | --- |
* | "Write each message to disk first, then send DELE." |
*
* @param {Lesson_L15cp2choicesafe3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2choicesafe3 = /** @type {((inputs?: Lesson_L15cp2choicesafe3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2choicesafe3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2choicesafe3(inputs)
	if (locale === "de") return de_lesson_l15cp2choicesafe3(inputs)
	return en_lesson_l15cp2choicesafe3(inputs)
});
export { lesson_l15cp2choicesafe3 as "lesson_l15Cp2ChoiceSafe" }