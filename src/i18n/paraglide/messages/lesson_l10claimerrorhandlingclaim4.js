/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimerrorhandlingclaim4Inputs */

const en_lesson_l10claimerrorhandlingclaim4 = /** @type {(inputs: Lesson_L10claimerrorhandlingclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP has limited error recovery; POP3 improved error handling.`)
};

const es_lesson_l10claimerrorhandlingclaim4 = /** @type {(inputs: Lesson_L10claimerrorhandlingclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP tiene una recuperación de errores limitada; POP3 mejoró el tratamiento de errores.`)
};

const de_lesson_l10claimerrorhandlingclaim4 = /** @type {(inputs: Lesson_L10claimerrorhandlingclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP hat nur eingeschränkte Fehlerbehebung; POP3 hat die Fehlerbehandlung verbessert.`)
};

/**
* | output |
* | --- |
* | "POP has limited error recovery; POP3 improved error handling." |
*
* @param {Lesson_L10claimerrorhandlingclaim4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimerrorhandlingclaim4 = /** @type {((inputs?: Lesson_L10claimerrorhandlingclaim4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimerrorhandlingclaim4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimerrorhandlingclaim4(inputs)
	if (locale === "de") return de_lesson_l10claimerrorhandlingclaim4(inputs)
	return en_lesson_l10claimerrorhandlingclaim4(inputs)
});
export { lesson_l10claimerrorhandlingclaim4 as "lesson_l10ClaimErrorHandlingClaim" }