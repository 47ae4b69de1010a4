/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2choicenothing3Inputs */

const en_lesson_l14cp2choicenothing3 = /** @type {(inputs: Lesson_L14cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: the server sees that the phone means an old message and refuses.`)
};

const es_lesson_l14cp2choicenothing3 = /** @type {(inputs: Lesson_L14cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: el servidor ve que el móvil se refiere a un mensaje antiguo y lo rechaza.`)
};

const de_lesson_l14cp2choicenothing3 = /** @type {(inputs: Lesson_L14cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Der Server erkennt, dass das Handy eine alte Nachricht meint, und lehnt ab.`)
};

/**
* | output |
* | --- |
* | "Nothing: the server sees that the phone means an old message and refuses." |
*
* @param {Lesson_L14cp2choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2choicenothing3 = /** @type {((inputs?: Lesson_L14cp2choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2choicenothing3(inputs)
	if (locale === "de") return de_lesson_l14cp2choicenothing3(inputs)
	return en_lesson_l14cp2choicenothing3(inputs)
});
export { lesson_l14cp2choicenothing3 as "lesson_l14Cp2ChoiceNothing" }