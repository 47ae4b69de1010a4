/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp1explanation2Inputs */

const en_lesson_l08cp1explanation2 = /** @type {(inputs: Lesson_L08cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 says ACKD marks the message, and the mailbox changes "when the mailbox is released". So deferred deletion is older than POP3. What happens when a POP2 session aborts is not said; this simulator then commits nothing (UW's ipop2d committed on release).`)
};

const es_lesson_l08cp1explanation2 = /** @type {(inputs: Lesson_L08cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La RFC 937 dice que ACKD marca el mensaje y que el buzón cambia "when the mailbox is released", es decir, cuando se libera el buzón. Así que el borrado diferido es anterior a POP3. La RFC no dice qué pasa cuando una sesión POP2 se interrumpe; en ese caso este simulador no confirma nada (el ipop2d de UW confirmaba al liberar el buzón).`)
};

const de_lesson_l08cp1explanation2 = /** @type {(inputs: Lesson_L08cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 sagt, dass ACKD die Nachricht markiert und sich das Postfach ändert, "when the mailbox is released", also wenn es freigegeben wird. Aufgeschobenes Löschen ist also älter als POP3. Was passiert, wenn eine POP2-Sitzung abbricht, sagt die RFC nicht; dieser Simulator schreibt dann nichts fest (UWs ipop2d schrieb beim Freigeben fest).`)
};

/**
* | output |
* | --- |
* | "RFC 937 says ACKD marks the message, and the mailbox changes \"when the mailbox is released\". So deferred deletion is older than POP3. What happens when a POP..." |
*
* @param {Lesson_L08cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp1explanation2 = /** @type {((inputs?: Lesson_L08cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l08cp1explanation2(inputs)
	return en_lesson_l08cp1explanation2(inputs)
});
export { lesson_l08cp1explanation2 as "lesson_l08Cp1Explanation" }