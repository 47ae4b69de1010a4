/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp1question2Inputs */

const en_lesson_l09cp1question2 = /** @type {(inputs: Lesson_L09cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop is about to send PASS. What will someone recording the channel read in it?`)
};

const es_lesson_l09cp1question2 = /** @type {(inputs: Lesson_L09cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil está a punto de enviar PASS. ¿Qué leerá en esa línea quien esté grabando el canal?`)
};

const de_lesson_l09cp1question2 = /** @type {(inputs: Lesson_L09cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop sendet gleich PASS. Was liest darin jemand, der den Kanal mitschneidet?`)
};

/**
* | output |
* | --- |
* | "The laptop is about to send PASS. What will someone recording the channel read in it?" |
*
* @param {Lesson_L09cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp1question2 = /** @type {((inputs?: Lesson_L09cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp1question2(inputs)
	if (locale === "de") return de_lesson_l09cp1question2(inputs)
	return en_lesson_l09cp1question2(inputs)
});
export { lesson_l09cp1question2 as "lesson_l09Cp1Question" }