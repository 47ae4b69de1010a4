/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp1choicenothing3Inputs */

const en_lesson_l11cp1choicenothing3 = /** @type {(inputs: Lesson_L11cp1choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: it already has every message.`)
};

const es_lesson_l11cp1choicenothing3 = /** @type {(inputs: Lesson_L11cp1choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: ya tiene todos los mensajes.`)
};

const de_lesson_l11cp1choicenothing3 = /** @type {(inputs: Lesson_L11cp1choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Er hat ja schon jede Nachricht.`)
};

/**
* | output |
* | --- |
* | "Nothing: it already has every message." |
*
* @param {Lesson_L11cp1choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp1choicenothing3 = /** @type {((inputs?: Lesson_L11cp1choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp1choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp1choicenothing3(inputs)
	if (locale === "de") return de_lesson_l11cp1choicenothing3(inputs)
	return en_lesson_l11cp1choicenothing3(inputs)
});
export { lesson_l11cp1choicenothing3 as "lesson_l11Cp1ChoiceNothing" }