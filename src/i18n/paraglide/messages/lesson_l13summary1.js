/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13summary1Inputs */

const en_lesson_l13summary1 = /** @type {(inputs: Lesson_L13summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail reaches alice's server by SMTP, and her mail server files it in the maildrop; her clients send new mail by submission, on port 587 or 465. POP and IMAP only read the maildrop, in very different ways. Here a laptop and a phone read one maildrop with POP3: find the setting in which both get every message, and predict what POP cannot share between them.`)
};

const es_lesson_l13summary1 = /** @type {(inputs: Lesson_L13summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo llega al servidor de alice por SMTP, y su servidor de correo lo deja en el buzón; sus clientes mandan el correo nuevo por el servicio de envío (submission), en el puerto 587 o 465. POP e IMAP solo leen el buzón, y de formas muy distintas. Aquí un portátil y un móvil leen un mismo buzón con POP3: encuentra el ajuste con el que los dos reciben todos los mensajes, y predice qué es lo que POP no puede compartir entre ellos.`)
};

const de_lesson_l13summary1 = /** @type {(inputs: Lesson_L13summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail erreicht den Server von alice per SMTP, und ihr Mailserver legt sie ins Postfach; ihre Clients verschicken neue Mail per Einlieferung (submission), auf Port 587 oder 465. POP und IMAP lesen das Postfach nur, auf sehr unterschiedliche Weise. Hier lesen ein Laptop und ein Handy dasselbe Postfach mit POP3: Finde die Einstellung, mit der beide jede Nachricht bekommen, und sag voraus, was POP nicht zwischen ihnen teilen kann.`)
};

/**
* | output |
* | --- |
* | "Mail reaches alice's server by SMTP, and her mail server files it in the maildrop; her clients send new mail by submission, on port 587 or 465. POP and IMAP ..." |
*
* @param {Lesson_L13summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13summary1 = /** @type {((inputs?: Lesson_L13summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13summary1(inputs)
	if (locale === "de") return de_lesson_l13summary1(inputs)
	return en_lesson_l13summary1(inputs)
});
export { lesson_l13summary1 as "lesson_l13Summary" }