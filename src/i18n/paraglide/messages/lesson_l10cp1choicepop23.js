/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp1choicepop23Inputs */

const en_lesson_l10cp1choicepop23 = /** @type {(inputs: Lesson_L10cp1choicepop23Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not until POP2 (1985) added ACKS.`)
};

const es_lesson_l10cp1choicepop23 = /** @type {(inputs: Lesson_L10cp1choicepop23Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hasta que POP2 (1985) añadió ACKS.`)
};

const de_lesson_l10cp1choicepop23 = /** @type {(inputs: Lesson_L10cp1choicepop23Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nein, das kam erst mit POP2 (1985) und ACKS.`)
};

/**
* | output |
* | --- |
* | "Not until POP2 (1985) added ACKS." |
*
* @param {Lesson_L10cp1choicepop23Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp1choicepop23 = /** @type {((inputs?: Lesson_L10cp1choicepop23Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp1choicepop23Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp1choicepop23(inputs)
	if (locale === "de") return de_lesson_l10cp1choicepop23(inputs)
	return en_lesson_l10cp1choicepop23(inputs)
});
export { lesson_l10cp1choicepop23 as "lesson_l10Cp1ChoicePop2" }