/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10title1Inputs */

const en_lesson_l10title1 = /** @type {(inputs: Lesson_L10title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Myths vs facts: the "POP versus POP3" table`)
};

const es_lesson_l10title1 = /** @type {(inputs: Lesson_L10title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitos y hechos: la tabla «POP frente a POP3»`)
};

const de_lesson_l10title1 = /** @type {(inputs: Lesson_L10title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mythen und Fakten: die Tabelle „POP gegen POP3“`)
};

/**
* | output |
* | --- |
* | "Myths vs facts: the \"POP versus POP3\" table" |
*
* @param {Lesson_L10title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10title1 = /** @type {((inputs?: Lesson_L10title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10title1(inputs)
	if (locale === "de") return de_lesson_l10title1(inputs)
	return en_lesson_l10title1(inputs)
});
export { lesson_l10title1 as "lesson_l10Title" }