/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimerrorhandlingwatch4Inputs */

const en_lesson_l10claimerrorhandlingwatch4 = /** @type {(inputs: Lesson_L10claimerrorhandlingwatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The phone logs in while the laptop holds the maildrop: read the server's answer to the phone.`)
};

const es_lesson_l10claimerrorhandlingwatch4 = /** @type {(inputs: Lesson_L10claimerrorhandlingwatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El móvil inicia sesión mientras el portátil tiene el buzón: lee lo que el servidor le responde al móvil.`)
};

const de_lesson_l10claimerrorhandlingwatch4 = /** @type {(inputs: Lesson_L10claimerrorhandlingwatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Handy meldet sich an, während der Laptop das Postfach hält: Lies, was der Server dem Handy antwortet.`)
};

/**
* | output |
* | --- |
* | "The phone logs in while the laptop holds the maildrop: read the server's answer to the phone." |
*
* @param {Lesson_L10claimerrorhandlingwatch4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimerrorhandlingwatch4 = /** @type {((inputs?: Lesson_L10claimerrorhandlingwatch4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimerrorhandlingwatch4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimerrorhandlingwatch4(inputs)
	if (locale === "de") return de_lesson_l10claimerrorhandlingwatch4(inputs)
	return en_lesson_l10claimerrorhandlingwatch4(inputs)
});
export { lesson_l10claimerrorhandlingwatch4 as "lesson_l10ClaimErrorHandlingWatch" }