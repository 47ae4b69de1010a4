/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2choiceall3Inputs */

const en_lesson_l08cp2choiceall3 = /** @type {(inputs: Lesson_L08cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything: RDEL already meant "read and delete".`)
};

const es_lesson_l08cp2choiceall3 = /** @type {(inputs: Lesson_L08cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todo: RDEL ya significaba «leer y borrar».`)
};

const de_lesson_l08cp2choiceall3 = /** @type {(inputs: Lesson_L08cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alles: RDEL hieß ja schon „lesen und löschen“.`)
};

/**
* | output |
* | --- |
* | "Everything: RDEL already meant \"read and delete\"." |
*
* @param {Lesson_L08cp2choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2choiceall3 = /** @type {((inputs?: Lesson_L08cp2choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2choiceall3(inputs)
	if (locale === "de") return de_lesson_l08cp2choiceall3(inputs)
	return en_lesson_l08cp2choiceall3(inputs)
});
export { lesson_l08cp2choiceall3 as "lesson_l08Cp2ChoiceAll" }