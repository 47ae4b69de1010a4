/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1explanation2Inputs */

const en_lesson_l13cp1explanation2 = /** @type {(inputs: Lesson_L13cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP is built for mail that stays on the server: flags such as \\Seen, folders (mailboxes) and deletions are kept there and seen by every client. RFC 1939 §8 says so itself: keeping mail on a POP3 server (UIDL, and never DELE) is only a weak way to use it as a store, as IMAP is meant to be, and the mail piles up there.`)
};

const es_lesson_l13cp1explanation2 = /** @type {(inputs: Lesson_L13cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP está pensado para correo que se queda en el servidor: los indicadores (flags) como \\Seen, las carpetas («mailboxes» en IMAP) y los borrados se guardan allí y los ven todos los clientes. La propia RFC 1939 lo dice en su §8: dejar el correo en un servidor POP3 (con UIDL y sin enviar nunca DELE) es solo una forma pobre de usarlo como almacén, que es para lo que está pensado IMAP, y el correo se va acumulando allí.`)
};

const de_lesson_l13cp1explanation2 = /** @type {(inputs: Lesson_L13cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP ist für Mail gebaut, die auf dem Server bleibt: Flags wie \\Seen, Ordner (in IMAP „Mailboxes“) und Löschungen werden dort geführt, und jeder Client sieht sie. RFC 1939 sagt es in §8 selbst: Mail auf einem POP3-Server zu lassen (mit UIDL und ohne je DELE zu senden) ist nur ein schwacher Ersatz für einen Speicher, wie ihn IMAP bieten soll, und die Mail häuft sich dort an.`)
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