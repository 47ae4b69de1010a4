/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimencryptionclaim3Inputs */

const en_lesson_l10claimencryptionclaim3 = /** @type {(inputs: Lesson_L10claimencryptionclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP lacks encryption; POP3 offers POP3S (SSL/TLS).`)
};

const es_lesson_l10claimencryptionclaim3 = /** @type {(inputs: Lesson_L10claimencryptionclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP no tiene cifrado; POP3 ofrece POP3S (SSL/TLS).`)
};

const de_lesson_l10claimencryptionclaim3 = /** @type {(inputs: Lesson_L10claimencryptionclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP hat keine Verschlüsselung; POP3 bietet POP3S (SSL/TLS).`)
};

/**
* | output |
* | --- |
* | "POP lacks encryption; POP3 offers POP3S (SSL/TLS)." |
*
* @param {Lesson_L10claimencryptionclaim3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimencryptionclaim3 = /** @type {((inputs?: Lesson_L10claimencryptionclaim3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimencryptionclaim3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimencryptionclaim3(inputs)
	if (locale === "de") return de_lesson_l10claimencryptionclaim3(inputs)
	return en_lesson_l10claimencryptionclaim3(inputs)
});
export { lesson_l10claimencryptionclaim3 as "lesson_l10ClaimEncryptionClaim" }