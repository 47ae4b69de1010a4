/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1question2Inputs */

const en_lesson_l01cp1question2 = /** @type {(inputs: Lesson_L01cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You typed DELE 1 and the server answered +OK. Where is message 1 now?`)
};

const es_lesson_l01cp1question2 = /** @type {(inputs: Lesson_L01cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Has escrito DELE 1 y el servidor ha respondido +OK. ¿Dónde está ahora el mensaje 1?`)
};

const de_lesson_l01cp1question2 = /** @type {(inputs: Lesson_L01cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du hast DELE 1 getippt, und der Server hat mit +OK geantwortet. Wo ist Nachricht 1 jetzt?`)
};

/**
* | output |
* | --- |
* | "You typed DELE 1 and the server answered +OK. Where is message 1 now?" |
*
* @param {Lesson_L01cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1question2 = /** @type {((inputs?: Lesson_L01cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1question2(inputs)
	if (locale === "de") return de_lesson_l01cp1question2(inputs)
	return en_lesson_l01cp1question2(inputs)
});
export { lesson_l01cp1question2 as "lesson_l01Cp1Question" }