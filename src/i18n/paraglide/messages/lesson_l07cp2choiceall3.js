/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp2choiceall3Inputs */

const en_lesson_l07cp2choiceall3 = /** @type {(inputs: Lesson_L07cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything again, as before: it still cannot tell old from new.`)
};

const es_lesson_l07cp2choiceall3 = /** @type {(inputs: Lesson_L07cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todo otra vez, como antes: sigue sin distinguir lo viejo de lo nuevo.`)
};

const de_lesson_l07cp2choiceall3 = /** @type {(inputs: Lesson_L07cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wieder alles, wie zuvor: Er kann Alt und Neu immer noch nicht unterscheiden.`)
};

/**
* | output |
* | --- |
* | "Everything again, as before: it still cannot tell old from new." |
*
* @param {Lesson_L07cp2choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp2choiceall3 = /** @type {((inputs?: Lesson_L07cp2choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp2choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp2choiceall3(inputs)
	if (locale === "de") return de_lesson_l07cp2choiceall3(inputs)
	return en_lesson_l07cp2choiceall3(inputs)
});
export { lesson_l07cp2choiceall3 as "lesson_l07Cp2ChoiceAll" }