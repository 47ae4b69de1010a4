/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp1question2Inputs */

const en_lesson_l08cp1question2 = /** @type {(inputs: Lesson_L08cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP2 client is about to send ACKD for message 1: "received, delete it". When does the server remove message 1?`)
};

const es_lesson_l08cp1question2 = /** @type {(inputs: Lesson_L08cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente POP2 está a punto de enviar ACKD por el mensaje 1: «recibido, bórralo». ¿Cuándo elimina el servidor el mensaje 1?`)
};

const de_lesson_l08cp1question2 = /** @type {(inputs: Lesson_L08cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der POP2-Client wird gleich ACKD für Nachricht 1 senden: „empfangen, bitte löschen“. Wann entfernt der Server Nachricht 1?`)
};

/**
* | output |
* | --- |
* | "The POP2 client is about to send ACKD for message 1: \"received, delete it\". When does the server remove message 1?" |
*
* @param {Lesson_L08cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp1question2 = /** @type {((inputs?: Lesson_L08cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp1question2(inputs)
	if (locale === "de") return de_lesson_l08cp1question2(inputs)
	return en_lesson_l08cp1question2(inputs)
});
export { lesson_l08cp1question2 as "lesson_l08Cp1Question" }