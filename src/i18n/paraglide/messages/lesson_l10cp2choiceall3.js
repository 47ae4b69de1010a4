/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp2choiceall3Inputs */

const en_lesson_l10cp2choiceall3 = /** @type {(inputs: Lesson_L10cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The whole mailbox: RCVD always confirms a deletion.`)
};

const es_lesson_l10cp2choiceall3 = /** @type {(inputs: Lesson_L10cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El buzón entero: RCVD siempre confirma un borrado.`)
};

const de_lesson_l10cp2choiceall3 = /** @type {(inputs: Lesson_L10cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das ganze Postfach: RCVD bestätigt immer eine Löschung.`)
};

/**
* | output |
* | --- |
* | "The whole mailbox: RCVD always confirms a deletion." |
*
* @param {Lesson_L10cp2choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp2choiceall3 = /** @type {((inputs?: Lesson_L10cp2choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp2choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp2choiceall3(inputs)
	if (locale === "de") return de_lesson_l10cp2choiceall3(inputs)
	return en_lesson_l10cp2choiceall3(inputs)
});
export { lesson_l10cp2choiceall3 as "lesson_l10Cp2ChoiceAll" }