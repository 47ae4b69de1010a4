/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2explanation2Inputs */

const en_lesson_l08cp2explanation2 = /** @type {(inputs: Lesson_L08cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RDEL only announces the intent. The server deletes when it handles RCVD, the client's confirmation after receipt. A drop before RCVD deletes nothing, so the whole mailbox is duplicated next time, never lost: the same idea as POP3's QUIT. POP3 came four years after POP1 (RFC 1081, 1988); the explicit rule that a session ending without QUIT commits nothing was written down ten years after RFC 918 (RFC 1725, 1994).`)
};

const es_lesson_l08cp2explanation2 = /** @type {(inputs: Lesson_L08cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RDEL solo anuncia la intención. El servidor borra cuando procesa RCVD, la confirmación del cliente de que lo ha recibido. Un corte antes de RCVD no borra nada, así que la próxima vez todo el buzón llega duplicado, pero nunca se pierde: la misma idea que el QUIT de POP3. POP3 llegó cuatro años después de POP1 (RFC 1081, 1988); la regla explícita de que una sesión que termina sin QUIT no confirma nada se escribió diez años después de la RFC 918 (RFC 1725, 1994).`)
};

const de_lesson_l08cp2explanation2 = /** @type {(inputs: Lesson_L08cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RDEL kündigt die Absicht nur an. Der Server löscht, wenn er RCVD verarbeitet, die Bestätigung des Clients nach dem Empfang. Ein Abbruch vor RCVD löscht nichts, also kommt das ganze Postfach beim nächsten Mal doppelt an, geht aber nie verloren: dieselbe Idee wie das QUIT von POP3. POP3 kam vier Jahre nach POP1 (RFC 1081, 1988); die ausdrückliche Regel, dass eine Sitzung, die ohne QUIT endet, nichts festschreibt, wurde zehn Jahre nach RFC 918 aufgeschrieben (RFC 1725, 1994).`)
};

/**
* | output |
* | --- |
* | "RDEL only announces the intent. The server deletes when it handles RCVD, the client's confirmation after receipt. A drop before RCVD deletes nothing, so the ..." |
*
* @param {Lesson_L08cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2explanation2 = /** @type {((inputs?: Lesson_L08cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l08cp2explanation2(inputs)
	return en_lesson_l08cp2explanation2(inputs)
});
export { lesson_l08cp2explanation2 as "lesson_l08Cp2Explanation" }