/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1choicenew3Inputs */

const en_lesson_l07cp1choicenew3 = /** @type {(inputs: Lesson_L07cp1choicenew3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only new mail: message numbers continue from the last session.`)
};

const es_lesson_l07cp1choicenew3 = /** @type {(inputs: Lesson_L07cp1choicenew3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo el correo nuevo: los números de mensaje siguen desde la última sesión.`)
};

const de_lesson_l07cp1choicenew3 = /** @type {(inputs: Lesson_L07cp1choicenew3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur neue Mail: Die Nachrichtennummern zählen ab der letzten Sitzung weiter.`)
};

/**
* | output |
* | --- |
* | "Only new mail: message numbers continue from the last session." |
*
* @param {Lesson_L07cp1choicenew3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1choicenew3 = /** @type {((inputs?: Lesson_L07cp1choicenew3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1choicenew3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1choicenew3(inputs)
	if (locale === "de") return de_lesson_l07cp1choicenew3(inputs)
	return en_lesson_l07cp1choicenew3(inputs)
});
export { lesson_l07cp1choicenew3 as "lesson_l07Cp1ChoiceNew" }