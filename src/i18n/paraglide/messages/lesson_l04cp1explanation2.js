/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp1explanation2Inputs */

const en_lesson_l04cp1explanation2 = /** @type {(inputs: Lesson_L04cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The commit point is the server receiving QUIT in TRANSACTION, not the client receiving +OK. Servers such as Dovecot remove the messages before replying. This is safe only because the client saved each copy durably before sending DELE.`)
};

const es_lesson_l04cp1explanation2 = /** @type {(inputs: Lesson_L04cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que da por buenos los borrados es que el servidor reciba QUIT en TRANSACTION, no que el cliente reciba el +OK: ese es el punto de confirmación. Servidores como Dovecot eliminan los mensajes antes de responder. Esto solo es seguro porque el cliente guardó cada copia en disco antes de enviar DELE.`)
};

const de_lesson_l04cp1explanation2 = /** @type {(inputs: Lesson_L04cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Festgeschrieben wird in dem Moment, in dem der Server QUIT in TRANSACTION empfängt, nicht wenn der Client das +OK empfängt. Server wie Dovecot entfernen die Nachrichten, bevor sie antworten. Sicher ist das nur, weil der Client jede Kopie dauerhaft gespeichert hat, bevor er DELE gesendet hat.`)
};

/**
* | output |
* | --- |
* | "The commit point is the server receiving QUIT in TRANSACTION, not the client receiving +OK. Servers such as Dovecot remove the messages before replying. This..." |
*
* @param {Lesson_L04cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp1explanation2 = /** @type {((inputs?: Lesson_L04cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l04cp1explanation2(inputs)
	return en_lesson_l04cp1explanation2(inputs)
});
export { lesson_l04cp1explanation2 as "lesson_l04Cp1Explanation" }