/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimauthenticationfacts3Inputs */

const en_lesson_l10claimauthenticationfacts3 = /** @type {(inputs: Lesson_L10claimauthenticationfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 and POP2 sent the password in the clear (POP2 on the HELO line). POP3 added APOP (RFC 1939 §7) and AUTH with SASL mechanisms such as CRAM-MD5 (RFC 1734, RFC 2195, now RFC 5034), which keep the password off the wire; but USER/PASS in the clear stayed in the base protocol, and a digest login falls to offline guessing of a short secret. What protects a login today is TLS (RFC 8314).`)
};

const es_lesson_l10claimauthenticationfacts3 = /** @type {(inputs: Lesson_L10claimauthenticationfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 y POP2 enviaban la contraseña en claro (POP2, en la línea HELO). POP3 añadió APOP (RFC 1939 §7) y AUTH con mecanismos SASL como CRAM-MD5 (RFC 1734, RFC 2195, hoy RFC 5034), que mantienen la contraseña fuera de la línea; pero USER/PASS en claro siguió en el protocolo base, y, con un secreto corto, un inicio de sesión con resumen cae ante quien lo adivine sin conexión. Lo que protege hoy un inicio de sesión es TLS (RFC 8314).`)
};

const de_lesson_l10claimauthenticationfacts3 = /** @type {(inputs: Lesson_L10claimauthenticationfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 und POP2 schickten das Passwort im Klartext (POP2 in der HELO-Zeile). POP3 brachte APOP (RFC 1939 §7) und AUTH mit SASL-Verfahren wie CRAM-MD5 (RFC 1734, RFC 2195, heute RFC 5034), die das Passwort von der Leitung fernhalten; aber USER/PASS im Klartext blieb im Grundprotokoll, und gegen offline erratene kurze Geheimnisse hilft auch eine Anmeldung per Hash nicht. Was eine Anmeldung heute schützt, ist TLS (RFC 8314).`)
};

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