/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimerrorhandlinggoal4Inputs */

const en_lesson_l10claimerrorhandlinggoal4 = /** @type {(inputs: Lesson_L10claimerrorhandlinggoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A second login while the maildrop is locked gets the extension code [IN-USE], not just -ERR.`)
};

const es_lesson_l10claimerrorhandlinggoal4 = /** @type {(inputs: Lesson_L10claimerrorhandlinggoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un segundo inicio de sesión mientras el buzón está bloqueado recibe el código de extensión [IN-USE], no solo -ERR.`)
};

const de_lesson_l10claimerrorhandlinggoal4 = /** @type {(inputs: Lesson_L10claimerrorhandlinggoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine zweite Anmeldung, während das Postfach gesperrt ist, bekommt den Erweiterungscode [IN-USE], nicht nur -ERR.`)
};

/**
* | output |
* | --- |
* | "A second login while the maildrop is locked gets the extension code [IN-USE], not just -ERR." |
*
* @param {Lesson_L10claimerrorhandlinggoal4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimerrorhandlinggoal4 = /** @type {((inputs?: Lesson_L10claimerrorhandlinggoal4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimerrorhandlinggoal4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimerrorhandlinggoal4(inputs)
	if (locale === "de") return de_lesson_l10claimerrorhandlinggoal4(inputs)
	return en_lesson_l10claimerrorhandlinggoal4(inputs)
});
export { lesson_l10claimerrorhandlinggoal4 as "lesson_l10ClaimErrorHandlingGoal" }