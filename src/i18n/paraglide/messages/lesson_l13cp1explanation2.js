/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1explanation2Inputs */

const en_lesson_l13cp1explanation2 = /** @type {(inputs: Lesson_L13cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP is built for mail that stays on the server: flags such as \\Seen, folders (mailboxes) and deletions are kept there and seen by every client. RFC 1939 §8 says so itself: POP3 is for downloading, and a client that wants to keep mail on the server should use IMAP.`)
};

const es_lesson_l13cp1explanation2 = /** @type {(inputs: Lesson_L13cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP está pensado para correo que se queda en el servidor: los indicadores (flags) como \\Seen, las carpetas («mailboxes» en IMAP) y los borrados se guardan allí y los ven todos los clientes. La propia RFC 1939 lo dice en su §8: POP3 sirve para descargar, y un cliente que quiera guardar el correo en el servidor debería usar IMAP.`)
};

const de_lesson_l13cp1explanation2 = /** @type {(inputs: Lesson_L13cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP ist für Mail gebaut, die auf dem Server bleibt: Flags wie \\Seen, Ordner (in IMAP „Mailboxes“) und Löschungen werden dort geführt, und jeder Client sieht sie. RFC 1939 sagt es in §8 selbst: POP3 ist zum Herunterladen da, und ein Client, der Mail auf dem Server behalten will, sollte IMAP nehmen.`)
};

/**
* | output |
* | --- |
* | "IMAP is built for mail that stays on the server: flags such as \\Seen, folders (mailboxes) and deletions are kept there and seen by every client. RFC 1939 §8 ..." |
*
* @param {Lesson_L13cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp1explanation2 = /** @type {((inputs?: Lesson_L13cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l13cp1explanation2(inputs)
	return en_lesson_l13cp1explanation2(inputs)
});
export { lesson_l13cp1explanation2 as "lesson_l13Cp1Explanation" }