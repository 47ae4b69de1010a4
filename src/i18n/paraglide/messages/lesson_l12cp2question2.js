/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp2question2Inputs */

const en_lesson_l12cp2question2 = /** @type {(inputs: Lesson_L12cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop is about to send "AUTH PLAIN AGFsaWNlAHRhbnN0YWFm". What does an eavesdropper learn from it?`)
};

const es_lesson_l12cp2question2 = /** @type {(inputs: Lesson_L12cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil está a punto de enviar «AUTH PLAIN AGFsaWNlAHRhbnN0YWFm». ¿Qué averigua con eso un espía?`)
};

const de_lesson_l12cp2question2 = /** @type {(inputs: Lesson_L12cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop sendet gleich „AUTH PLAIN AGFsaWNlAHRhbnN0YWFm“. Was erfährt ein Lauscher daraus?`)
};

/**
* | output |
* | --- |
* | "The laptop is about to send \"AUTH PLAIN AGFsaWNlAHRhbnN0YWFm\". What does an eavesdropper learn from it?" |
*
* @param {Lesson_L12cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp2question2 = /** @type {((inputs?: Lesson_L12cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp2question2(inputs)
	if (locale === "de") return de_lesson_l12cp2question2(inputs)
	return en_lesson_l12cp2question2(inputs)
});
export { lesson_l12cp2question2 as "lesson_l12Cp2Question" }