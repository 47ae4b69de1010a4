/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimintegrityfacts3Inputs */

const en_lesson_l10claimintegrityfacts3 = /** @type {(inputs: Lesson_L10claimintegrityfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 promises one thing: the server removes nothing unless QUIT commits. A dropped connection therefore gives duplicates, not loss. But a client that confirms before its copy is durable loses mail when it crashes after QUIT (F7), and so do stale message numbers, pipelining, and non-conformant servers. POP3 has no checksum either: the octets are only as good as TCP and dot-stuffing.`)
};

const es_lesson_l10claimintegrityfacts3 = /** @type {(inputs: Lesson_L10claimintegrityfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 promete una sola cosa: el servidor no elimina nada a menos que QUIT lo confirme. Por eso una conexión cortada da duplicados, no pérdidas. Pero un cliente que confirma antes de tener su copia guardada en disco pierde correo si se cuelga después de QUIT (F7), y también se pierde correo por números de mensaje obsoletos, por el pipelining y por servidores no conformes. POP3 tampoco tiene suma de verificación: los octetos son tan fiables como TCP y el relleno de puntos.`)
};

const de_lesson_l10claimintegrityfacts3 = /** @type {(inputs: Lesson_L10claimintegrityfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 verspricht genau eines: Der Server entfernt nichts, solange QUIT es nicht festschreibt. Eine getrennte Verbindung ergibt deshalb Duplikate, keinen Verlust. Aber ein Client, der bestätigt, bevor seine Kopie dauerhaft gespeichert ist, verliert Mail, wenn er nach QUIT abstürzt (F7); Mail verlieren lassen auch veraltete Nachrichtennummern, Pipelining und nicht konforme Server. Eine Prüfsumme hat POP3 ebenfalls nicht: Die Oktette sind nur so gut wie TCP und die Punkt-Verdopplung.`)
};

/**
* | output |
* | --- |
* | "POP3 promises one thing: the server removes nothing unless QUIT commits. A dropped connection therefore gives duplicates, not loss. But a client that confirm..." |
*
* @param {Lesson_L10claimintegrityfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimintegrityfacts3 = /** @type {((inputs?: Lesson_L10claimintegrityfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimintegrityfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimintegrityfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimintegrityfacts3(inputs)
	return en_lesson_l10claimintegrityfacts3(inputs)
});
export { lesson_l10claimintegrityfacts3 as "lesson_l10ClaimIntegrityFacts" }