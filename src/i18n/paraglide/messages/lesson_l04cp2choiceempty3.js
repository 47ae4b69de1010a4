/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2choiceempty3Inputs */

const en_lesson_l04cp2choiceempty3 = /** @type {(inputs: Lesson_L04cp2choiceempty3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An empty maildrop; each message was delivered once, nothing lost.`)
};

const es_lesson_l04cp2choiceempty3 = /** @type {(inputs: Lesson_L04cp2choiceempty3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un buzón vacío; cada mensaje se entregó una vez y no se perdió nada.`)
};

const de_lesson_l04cp2choiceempty3 = /** @type {(inputs: Lesson_L04cp2choiceempty3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein leeres Postfach; jede Nachricht wurde einmal zugestellt, nichts ist verloren.`)
};

/**
* | output |
* | --- |
* | "An empty maildrop; each message was delivered once, nothing lost." |
*
* @param {Lesson_L04cp2choiceempty3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2choiceempty3 = /** @type {((inputs?: Lesson_L04cp2choiceempty3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2choiceempty3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2choiceempty3(inputs)
	if (locale === "de") return de_lesson_l04cp2choiceempty3(inputs)
	return en_lesson_l04cp2choiceempty3(inputs)
});
export { lesson_l04cp2choiceempty3 as "lesson_l04Cp2ChoiceEmpty" }