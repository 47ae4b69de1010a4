/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp1choicerelease3Inputs */

const en_lesson_l08cp1choicerelease3 = /** @type {(inputs: Lesson_L08cp1choicerelease3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Later, when the mailbox is released at the end of the session.`)
};

const es_lesson_l08cp1choicerelease3 = /** @type {(inputs: Lesson_L08cp1choicerelease3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Más tarde, cuando se libera el buzón al final de la sesión.`)
};

const de_lesson_l08cp1choicerelease3 = /** @type {(inputs: Lesson_L08cp1choicerelease3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Später, wenn das Postfach am Ende der Sitzung freigegeben wird.`)
};

/**
* | output |
* | --- |
* | "Later, when the mailbox is released at the end of the session." |
*
* @param {Lesson_L08cp1choicerelease3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp1choicerelease3 = /** @type {((inputs?: Lesson_L08cp1choicerelease3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp1choicerelease3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp1choicerelease3(inputs)
	if (locale === "de") return de_lesson_l08cp1choicerelease3(inputs)
	return en_lesson_l08cp1choicerelease3(inputs)
});
export { lesson_l08cp1choicerelease3 as "lesson_l08Cp1ChoiceRelease" }