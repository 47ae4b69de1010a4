/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp2choiceread3Inputs */

const en_lesson_l10cp2choiceread3 = /** @type {(inputs: Lesson_L10cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The messages the client has opened.`)
};

const es_lesson_l10cp2choiceread3 = /** @type {(inputs: Lesson_L10cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los mensajes que el cliente ha abierto.`)
};

const de_lesson_l10cp2choiceread3 = /** @type {(inputs: Lesson_L10cp2choiceread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Nachrichten, die der Client geöffnet hat.`)
};

/**
* | output |
* | --- |
* | "The messages the client has opened." |
*
* @param {Lesson_L10cp2choiceread3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp2choiceread3 = /** @type {((inputs?: Lesson_L10cp2choiceread3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp2choiceread3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp2choiceread3(inputs)
	if (locale === "de") return de_lesson_l10cp2choiceread3(inputs)
	return en_lesson_l10cp2choiceread3(inputs)
});
export { lesson_l10cp2choiceread3 as "lesson_l10Cp2ChoiceRead" }