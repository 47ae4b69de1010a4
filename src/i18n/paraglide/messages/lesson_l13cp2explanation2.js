/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2explanation2Inputs */

const en_lesson_l13cp2explanation2 = /** @type {(inputs: Lesson_L13cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP3 server knows nothing of what a client has read or where it filed a message; it offers one maildrop, and each client keeps its own state. The UIDs tell a client only which messages it already has.`)
};

const es_lesson_l13cp2explanation2 = /** @type {(inputs: Lesson_L13cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor POP3 no sabe nada de lo que un cliente ha leído ni de dónde ha archivado un mensaje; ofrece un solo buzón, y cada cliente lleva su propio estado. Los UID solo le dicen a un cliente qué mensajes tiene ya.`)
};

const de_lesson_l13cp2explanation2 = /** @type {(inputs: Lesson_L13cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der POP3-Server weiß nichts davon, was ein Client gelesen oder wo er eine Nachricht abgelegt hat; er bietet ein einziges Postfach, und jeder Client führt seinen eigenen Zustand. Die UIDs sagen einem Client nur, welche Nachrichten er schon hat.`)
};

/**
* | output |
* | --- |
* | "The POP3 server knows nothing of what a client has read or where it filed a message; it offers one maildrop, and each client keeps its own state. The UIDs te..." |
*
* @param {Lesson_L13cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2explanation2 = /** @type {((inputs?: Lesson_L13cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l13cp2explanation2(inputs)
	return en_lesson_l13cp2explanation2(inputs)
});
export { lesson_l13cp2explanation2 as "lesson_l13Cp2Explanation" }