/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimerrorhandlinggoalsay15Inputs */

const en_lesson_l10claimerrorhandlinggoalsay15 = /** @type {(inputs: Lesson_L10claimerrorhandlinggoalsay15Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the phone tries to log in.`)
};

const es_lesson_l10claimerrorhandlinggoalsay15 = /** @type {(inputs: Lesson_L10claimerrorhandlinggoalsay15Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que el móvil intente iniciar sesión.`)
};

const de_lesson_l10claimerrorhandlinggoalsay15 = /** @type {(inputs: Lesson_L10claimerrorhandlinggoalsay15Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis das Handy versucht, sich anzumelden.`)
};

/**
* | output |
* | --- |
* | "Play until the phone tries to log in." |
*
* @param {Lesson_L10claimerrorhandlinggoalsay15Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimerrorhandlinggoalsay15 = /** @type {((inputs?: Lesson_L10claimerrorhandlinggoalsay15Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimerrorhandlinggoalsay15Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimerrorhandlinggoalsay15(inputs)
	if (locale === "de") return de_lesson_l10claimerrorhandlinggoalsay15(inputs)
	return en_lesson_l10claimerrorhandlinggoalsay15(inputs)
});
export { lesson_l10claimerrorhandlinggoalsay15 as "lesson_l10ClaimErrorHandlingGoalSay1" }