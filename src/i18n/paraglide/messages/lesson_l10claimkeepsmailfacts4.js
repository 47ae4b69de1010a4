/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailfacts4Inputs */

const en_lesson_l10claimkeepsmailfacts4 = /** @type {(inputs: Lesson_L10claimkeepsmailfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 had RETR (keep) and RDEL (delete); POP2 had ACKS (keep) and ACKD (delete). In POP3 the client deletes with DELE, committed by QUIT; keeping is a client setting, made practical by UIDL. But servers may also delete on their own: site policy (RFC 1939 §8) and EXPIRE 0 (RFC 2449 §6.7) remove mail without any DELE.`)
};

const es_lesson_l10claimkeepsmailfacts4 = /** @type {(inputs: Lesson_L10claimkeepsmailfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 tenía RETR (conservar) y RDEL (borrar); POP2 tenía ACKS (conservar) y ACKD (borrar). En POP3 el cliente borra con DELE, y QUIT lo confirma; conservar es un ajuste del cliente, que UIDL hizo práctico. Pero los servidores también pueden borrar por su cuenta: las normas del proveedor (RFC 1939 §8) y EXPIRE 0 (RFC 2449 §6.7) eliminan correo sin ningún DELE.`)
};

const de_lesson_l10claimkeepsmailfacts4 = /** @type {(inputs: Lesson_L10claimkeepsmailfacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 hatte RETR (behalten) und RDEL (löschen); POP2 hatte ACKS (behalten) und ACKD (löschen). Bei POP3 löscht der Client mit DELE, festgeschrieben durch QUIT; Behalten ist eine Einstellung des Clients, praktikabel geworden durch UIDL. Aber Server dürfen auch von sich aus löschen: Die Regeln des Betreibers (RFC 1939 §8) und EXPIRE 0 (RFC 2449 §6.7) entfernen Mail ganz ohne DELE.`)
};

/**
* | output |
* | --- |
* | "POP1 had RETR (keep) and RDEL (delete); POP2 had ACKS (keep) and ACKD (delete). In POP3 the client deletes with DELE, committed by QUIT; keeping is a client ..." |
*
* @param {Lesson_L10claimkeepsmailfacts4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimkeepsmailfacts4 = /** @type {((inputs?: Lesson_L10claimkeepsmailfacts4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimkeepsmailfacts4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimkeepsmailfacts4(inputs)
	if (locale === "de") return de_lesson_l10claimkeepsmailfacts4(inputs)
	return en_lesson_l10claimkeepsmailfacts4(inputs)
});
export { lesson_l10claimkeepsmailfacts4 as "lesson_l10ClaimKeepsMailFacts" }