/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimerrorhandlingfacts4Inputs */

const en_lesson_l10claimerrorhandlingfacts4 = /** @type {(inputs: Lesson_L10claimerrorhandlingfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 already had per-message recovery (NACK: not received, keep it). Core POP3 answers only +OK or -ERR; machine-readable codes such as [IN-USE] came with RFC 2449 (1998) and RFC 3206 (2002). Deferred deletion is not new either: POP2's ACKD already only marked, and the mailbox changed when it was released (RFC 937). POP3's real gains are RSET, the explicit rule that a session ending without QUIT commits nothing (RFC 1725, now RFC 1939 §6), UIDL (§7), and later CAPA and extended response codes (RFC 2449).`)
};

const es_lesson_l10claimerrorhandlingfacts4 = /** @type {(inputs: Lesson_L10claimerrorhandlingfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 ya tenía recuperación mensaje a mensaje (NACK: no recibido, consérvalo). El POP3 básico solo distingue entre +OK y -ERR; los códigos legibles por máquina, como [IN-USE], llegaron con la RFC 2449 (1998) y la RFC 3206 (2002). El borrado diferido tampoco es nuevo: el ACKD de POP2 ya solo marcaba, y el buzón cambiaba al liberarse (RFC 937). Las mejoras reales de POP3 son RSET, la regla explícita de que una sesión que termina sin QUIT no confirma nada (RFC 1725, hoy RFC 1939 §6), UIDL (§7) y, más tarde, CAPA y los códigos de respuesta extendidos (RFC 2449).`)
};

const de_lesson_l10claimerrorhandlingfacts4 = /** @type {(inputs: Lesson_L10claimerrorhandlingfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 hatte schon eine Fehlerbehebung pro Nachricht (NACK: nicht empfangen, bitte behalten). Das Kern-POP3 kennt als Antwort nur +OK und -ERR; maschinenlesbare Codes wie [IN-USE] kamen erst mit RFC 2449 (1998) und RFC 3206 (2002). Verzögertes Löschen ist auch nicht neu: Schon das ACKD von POP2 hat nur markiert, und das Postfach änderte sich erst beim Freigeben (RFC 937). Die echten Fortschritte von POP3 sind RSET, die ausdrückliche Regel, dass eine Sitzung, die ohne QUIT endet, nichts festschreibt (RFC 1725, heute RFC 1939 §6), UIDL (§7) und später CAPA und erweiterte Antwortcodes (RFC 2449).`)
};

/**
* | output |
* | --- |
* | "POP2 already had per-message recovery (NACK: not received, keep it). Core POP3 answers only +OK or -ERR; machine-readable codes such as [IN-USE] came with RF..." |
*
* @param {Lesson_L10claimerrorhandlingfacts4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimerrorhandlingfacts4 = /** @type {((inputs?: Lesson_L10claimerrorhandlingfacts4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimerrorhandlingfacts4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimerrorhandlingfacts4(inputs)
	if (locale === "de") return de_lesson_l10claimerrorhandlingfacts4(inputs)
	return en_lesson_l10claimerrorhandlingfacts4(inputs)
});
export { lesson_l10claimerrorhandlingfacts4 as "lesson_l10ClaimErrorHandlingFacts" }