/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp2choicenothing3Inputs */

const en_lesson_l10cp2choicenothing3 = /** @type {(inputs: Lesson_L10cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: after RETR, RCVD only confirms receipt.`)
};

const es_lesson_l10cp2choicenothing3 = /** @type {(inputs: Lesson_L10cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: tras RETR, RCVD solo confirma la recepción.`)
};

const de_lesson_l10cp2choicenothing3 = /** @type {(inputs: Lesson_L10cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Nach RETR bestätigt RCVD nur den Empfang.`)
};

/**
* | output |
* | --- |
* | "Nothing: after RETR, RCVD only confirms receipt." |
*
* @param {Lesson_L10cp2choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp2choicenothing3 = /** @type {((inputs?: Lesson_L10cp2choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp2choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp2choicenothing3(inputs)
	if (locale === "de") return de_lesson_l10cp2choicenothing3(inputs)
	return en_lesson_l10cp2choicenothing3(inputs)
});
export { lesson_l10cp2choicenothing3 as "lesson_l10Cp2ChoiceNothing" }