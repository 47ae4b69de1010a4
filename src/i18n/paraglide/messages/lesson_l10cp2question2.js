/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp2question2Inputs */

const en_lesson_l10cp2question2 = /** @type {(inputs: Lesson_L10cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client read the mailbox with RETR and is about to send RCVD, "received". What will the server remove?`)
};

const es_lesson_l10cp2question2 = /** @type {(inputs: Lesson_L10cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente leyó el buzón con RETR y está a punto de enviar RCVD, «recibido». ¿Qué eliminará el servidor?`)
};

const de_lesson_l10cp2question2 = /** @type {(inputs: Lesson_L10cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client hat das Postfach mit RETR gelesen und sendet gleich RCVD, „empfangen“. Was wird der Server entfernen?`)
};

/**
* | output |
* | --- |
* | "The client read the mailbox with RETR and is about to send RCVD, \"received\". What will the server remove?" |
*
* @param {Lesson_L10cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp2question2 = /** @type {((inputs?: Lesson_L10cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp2question2(inputs)
	if (locale === "de") return de_lesson_l10cp2question2(inputs)
	return en_lesson_l10cp2question2(inputs)
});
export { lesson_l10cp2question2 as "lesson_l10Cp2Question" }