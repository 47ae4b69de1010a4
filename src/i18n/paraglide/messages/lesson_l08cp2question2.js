/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2question2Inputs */

const en_lesson_l08cp2question2 = /** @type {(inputs: Lesson_L08cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The whole mailbox has arrived over POP1. If the connection drops before the client sends RCVD, what does the server delete?`)
};

const es_lesson_l08cp2question2 = /** @type {(inputs: Lesson_L08cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todo el buzón ha llegado por POP1. Si la conexión se corta antes de que el cliente envíe RCVD, ¿qué borra el servidor?`)
};

const de_lesson_l08cp2question2 = /** @type {(inputs: Lesson_L08cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das ganze Postfach ist über POP1 angekommen. Wenn die Verbindung abbricht, bevor der Client RCVD sendet: Was löscht der Server?`)
};

/**
* | output |
* | --- |
* | "The whole mailbox has arrived over POP1. If the connection drops before the client sends RCVD, what does the server delete?" |
*
* @param {Lesson_L08cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2question2 = /** @type {((inputs?: Lesson_L08cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2question2(inputs)
	if (locale === "de") return de_lesson_l08cp2question2(inputs)
	return en_lesson_l08cp2question2(inputs)
});
export { lesson_l08cp2question2 as "lesson_l08Cp2Question" }