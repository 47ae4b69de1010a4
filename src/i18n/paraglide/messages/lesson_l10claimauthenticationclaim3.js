/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimauthenticationclaim3Inputs */

const en_lesson_l10claimauthenticationclaim3 = /** @type {(inputs: Lesson_L10claimauthenticationclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP uses basic authentication; POP3 supports secure authentication.`)
};

const es_lesson_l10claimauthenticationclaim3 = /** @type {(inputs: Lesson_L10claimauthenticationclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP usa autenticación básica; POP3 admite autenticación segura.`)
};

const de_lesson_l10claimauthenticationclaim3 = /** @type {(inputs: Lesson_L10claimauthenticationclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP nutzt einfache Authentifizierung; POP3 unterstützt sichere Authentifizierung.`)
};

/**
* | output |
* | --- |
* | "POP uses basic authentication; POP3 supports secure authentication." |
*
* @param {Lesson_L10claimauthenticationclaim3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimauthenticationclaim3 = /** @type {((inputs?: Lesson_L10claimauthenticationclaim3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimauthenticationclaim3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimauthenticationclaim3(inputs)
	if (locale === "de") return de_lesson_l10claimauthenticationclaim3(inputs)
	return en_lesson_l10claimauthenticationclaim3(inputs)
});
export { lesson_l10claimauthenticationclaim3 as "lesson_l10ClaimAuthenticationClaim" }