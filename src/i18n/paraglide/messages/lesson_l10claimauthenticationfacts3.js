/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimauthenticationfacts3Inputs */

const en_lesson_l10claimauthenticationfacts3 = /** @type {(inputs: Lesson_L10claimauthenticationfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 and POP2 sent the password in the clear (POP2 on the HELO line). POP3 added APOP (RFC 1939 §7) and AUTH with SASL mechanisms such as CRAM-MD5 (RFC 1734, RFC 2195, now RFC 5034), which keep the password off the wire; but USER/PASS in the clear stayed in the base protocol, and a digest login falls to offline guessing of a short secret. What protects a login today is TLS (RFC 8314).`)
};

/** @type {(inputs: Lesson_L10claimauthenticationfacts3Inputs) => LocalizedString} */
const es_lesson_l10claimauthenticationfacts3 = en_lesson_l10claimauthenticationfacts3;

/** @type {(inputs: Lesson_L10claimauthenticationfacts3Inputs) => LocalizedString} */
const de_lesson_l10claimauthenticationfacts3 = en_lesson_l10claimauthenticationfacts3;

/**
* | output |
* | --- |
* | "POP1 and POP2 sent the password in the clear (POP2 on the HELO line). POP3 added APOP (RFC 1939 §7) and AUTH with SASL mechanisms such as CRAM-MD5 (RFC 1734,..." |
*
* @param {Lesson_L10claimauthenticationfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimauthenticationfacts3 = /** @type {((inputs?: Lesson_L10claimauthenticationfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimauthenticationfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimauthenticationfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimauthenticationfacts3(inputs)
	return en_lesson_l10claimauthenticationfacts3(inputs)
});
export { lesson_l10claimauthenticationfacts3 as "lesson_l10ClaimAuthenticationFacts" }