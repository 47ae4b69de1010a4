/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp1choiceno3Inputs */

const en_lesson_l10cp1choiceno3 = /** @type {(inputs: Lesson_L10cp1choiceno3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No: RDEL was its only read command.`)
};

const es_lesson_l10cp1choiceno3 = /** @type {(inputs: Lesson_L10cp1choiceno3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No: RDEL era su única orden de lectura.`)
};

const de_lesson_l10cp1choiceno3 = /** @type {(inputs: Lesson_L10cp1choiceno3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nein: RDEL war sein einziger Lesebefehl.`)
};

/**
* | output |
* | --- |
* | "No: RDEL was its only read command." |
*
* @param {Lesson_L10cp1choiceno3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp1choiceno3 = /** @type {((inputs?: Lesson_L10cp1choiceno3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp1choiceno3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp1choiceno3(inputs)
	if (locale === "de") return de_lesson_l10cp1choiceno3(inputs)
	return en_lesson_l10cp1choiceno3(inputs)
});
export { lesson_l10cp1choiceno3 as "lesson_l10Cp1ChoiceNo" }