/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp1choiceagain3Inputs */

const en_lesson_l11cp1choiceagain3 = /** @type {(inputs: Lesson_L11cp1choiceagain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download all three again to refresh them.`)
};

const es_lesson_l11cp1choiceagain3 = /** @type {(inputs: Lesson_L11cp1choiceagain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a descargar los tres para tenerlos al día.`)
};

const de_lesson_l11cp1choiceagain3 = /** @type {(inputs: Lesson_L11cp1choiceagain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei noch einmal herunterladen, um sie aufzufrischen.`)
};

/**
* | output |
* | --- |
* | "Download all three again to refresh them." |
*
* @param {Lesson_L11cp1choiceagain3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp1choiceagain3 = /** @type {((inputs?: Lesson_L11cp1choiceagain3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp1choiceagain3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp1choiceagain3(inputs)
	if (locale === "de") return de_lesson_l11cp1choiceagain3(inputs)
	return en_lesson_l11cp1choiceagain3(inputs)
});
export { lesson_l11cp1choiceagain3 as "lesson_l11Cp1ChoiceAgain" }