/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1choiceall3Inputs */

const en_lesson_l07cp1choiceall3 = /** @type {(inputs: Lesson_L07cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every message again: it has no way to know which ones it already has.`)
};

const es_lesson_l07cp1choiceall3 = /** @type {(inputs: Lesson_L07cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todos los mensajes otra vez: no tiene forma de saber cuáles ya tiene.`)
};

const de_lesson_l07cp1choiceall3 = /** @type {(inputs: Lesson_L07cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Nachricht noch einmal: Er kann auf keine Weise wissen, welche er schon hat.`)
};

/**
* | output |
* | --- |
* | "Every message again: it has no way to know which ones it already has." |
*
* @param {Lesson_L07cp1choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1choiceall3 = /** @type {((inputs?: Lesson_L07cp1choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1choiceall3(inputs)
	if (locale === "de") return de_lesson_l07cp1choiceall3(inputs)
	return en_lesson_l07cp1choiceall3(inputs)
});
export { lesson_l07cp1choiceall3 as "lesson_l07Cp1ChoiceAll" }