/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1question2Inputs */

const en_lesson_l13cp1question2 = /** @type {(inputs: Lesson_L13cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop is about to download message 1 with POP3 and, in this setting, delete it from the server afterwards. What would an IMAP client typically do instead?`)
};

const es_lesson_l13cp1question2 = /** @type {(inputs: Lesson_L13cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil está a punto de descargar el mensaje 1 con POP3 y, con este ajuste, borrarlo después del servidor. ¿Qué haría normalmente un cliente IMAP en su lugar?`)
};

const de_lesson_l13cp1question2 = /** @type {(inputs: Lesson_L13cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop lädt gleich Nachricht 1 mit POP3 herunter und löscht sie in dieser Einstellung danach vom Server. Was würde ein IMAP-Client stattdessen üblicherweise tun?`)
};

/**
* | output |
* | --- |
* | "The laptop is about to download message 1 with POP3 and, in this setting, delete it from the server afterwards. What would an IMAP client typically do instead?" |
*
* @param {Lesson_L13cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp1question2 = /** @type {((inputs?: Lesson_L13cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp1question2(inputs)
	if (locale === "de") return de_lesson_l13cp1question2(inputs)
	return en_lesson_l13cp1question2(inputs)
});
export { lesson_l13cp1question2 as "lesson_l13Cp1Question" }