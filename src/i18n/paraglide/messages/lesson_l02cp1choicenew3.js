/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp1choicenew3Inputs */

const en_lesson_l02cp1choicenew3 = /** @type {(inputs: Lesson_L02cp1choicenew3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the messages the laptop has not read yet.`)
};

const es_lesson_l02cp1choicenew3 = /** @type {(inputs: Lesson_L02cp1choicenew3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo los mensajes que el portátil todavía no ha leído.`)
};

const de_lesson_l02cp1choicenew3 = /** @type {(inputs: Lesson_L02cp1choicenew3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur die Nachrichten, die der Laptop noch nicht gelesen hat.`)
};

/**
* | output |
* | --- |
* | "Only the messages the laptop has not read yet." |
*
* @param {Lesson_L02cp1choicenew3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp1choicenew3 = /** @type {((inputs?: Lesson_L02cp1choicenew3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp1choicenew3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp1choicenew3(inputs)
	if (locale === "de") return de_lesson_l02cp1choicenew3(inputs)
	return en_lesson_l02cp1choicenew3(inputs)
});
export { lesson_l02cp1choicenew3 as "lesson_l02Cp1ChoiceNew" }