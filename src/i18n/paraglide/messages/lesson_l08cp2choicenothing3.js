/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2choicenothing3Inputs */

const en_lesson_l08cp2choicenothing3 = /** @type {(inputs: Lesson_L08cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: the next session transfers the whole mailbox again.`)
};

const es_lesson_l08cp2choicenothing3 = /** @type {(inputs: Lesson_L08cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: la siguiente sesión vuelve a transferir todo el buzón.`)
};

const de_lesson_l08cp2choicenothing3 = /** @type {(inputs: Lesson_L08cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Die nächste Sitzung überträgt das ganze Postfach noch einmal.`)
};

/**
* | output |
* | --- |
* | "Nothing: the next session transfers the whole mailbox again." |
*
* @param {Lesson_L08cp2choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2choicenothing3 = /** @type {((inputs?: Lesson_L08cp2choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2choicenothing3(inputs)
	if (locale === "de") return de_lesson_l08cp2choicenothing3(inputs)
	return en_lesson_l08cp2choicenothing3(inputs)
});
export { lesson_l08cp2choicenothing3 as "lesson_l08Cp2ChoiceNothing" }