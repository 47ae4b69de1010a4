/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2choiceread3Inputs */

const en_lesson_l08cp2choiceread3 = /** @type {(inputs: Lesson_L08cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the messages whose bytes were fully sent.`)
};

const es_lesson_l08cp2choiceread3 = /** @type {(inputs: Lesson_L08cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo los mensajes cuyos bytes se enviaron completos.`)
};

const de_lesson_l08cp2choiceread3 = /** @type {(inputs: Lesson_L08cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur die Nachrichten, deren Bytes vollständig gesendet wurden.`)
};

/**
* | output |
* | --- |
* | "Only the messages whose bytes were fully sent." |
*
* @param {Lesson_L08cp2choiceread3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2choiceread3 = /** @type {((inputs?: Lesson_L08cp2choiceread3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2choiceread3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2choiceread3(inputs)
	if (locale === "de") return de_lesson_l08cp2choiceread3(inputs)
	return en_lesson_l08cp2choiceread3(inputs)
});
export { lesson_l08cp2choiceread3 as "lesson_l08Cp2ChoiceRead" }