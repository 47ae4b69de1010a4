/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1question2Inputs */

const en_lesson_l05cp1question2 = /** @type {(inputs: Lesson_L05cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop is about to send DELE 1. Where is its copy of message 1 right now?`)
};

const es_lesson_l05cp1question2 = /** @type {(inputs: Lesson_L05cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil está a punto de enviar DELE 1. ¿Dónde está ahora mismo su copia del mensaje 1?`)
};

const de_lesson_l05cp1question2 = /** @type {(inputs: Lesson_L05cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop wird gleich DELE 1 senden. Wo ist seine Kopie von Nachricht 1 in diesem Moment?`)
};

/**
* | output |
* | --- |
* | "The laptop is about to send DELE 1. Where is its copy of message 1 right now?" |
*
* @param {Lesson_L05cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1question2 = /** @type {((inputs?: Lesson_L05cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1question2(inputs)
	if (locale === "de") return de_lesson_l05cp1question2(inputs)
	return en_lesson_l05cp1question2(inputs)
});
export { lesson_l05cp1question2 as "lesson_l05Cp1Question" }