/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp3choicepoll3Inputs */

const en_lesson_l13cp3choicepoll3 = /** @type {(inputs: Lesson_L13cp3choicepoll3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`At its next poll, whenever that is: POP has no way to tell a client about new mail.`)
};

const es_lesson_l13cp3choicepoll3 = /** @type {(inputs: Lesson_L13cp3choicepoll3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En su siguiente consulta, sea cuando sea: POP no tiene manera de avisar a un cliente de que hay correo nuevo.`)
};

const de_lesson_l13cp3choicepoll3 = /** @type {(inputs: Lesson_L13cp3choicepoll3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim nächsten Abruf, wann immer der ist: POP hat keine Möglichkeit, einem Client neue Mail zu melden.`)
};

/**
* | output |
* | --- |
* | "At its next poll, whenever that is: POP has no way to tell a client about new mail." |
*
* @param {Lesson_L13cp3choicepoll3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp3choicepoll3 = /** @type {((inputs?: Lesson_L13cp3choicepoll3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp3choicepoll3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp3choicepoll3(inputs)
	if (locale === "de") return de_lesson_l13cp3choicepoll3(inputs)
	return en_lesson_l13cp3choicepoll3(inputs)
});
export { lesson_l13cp3choicepoll3 as "lesson_l13Cp3ChoicePoll" }