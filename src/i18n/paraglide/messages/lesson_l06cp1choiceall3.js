/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp1choiceall3Inputs */

const en_lesson_l06cp1choiceall3 = /** @type {(inputs: Lesson_L06cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three again: POP3 servers do not know what a client has read.`)
};

const es_lesson_l06cp1choiceall3 = /** @type {(inputs: Lesson_L06cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los tres otra vez: los servidores POP3 no saben qué ha leído cada cliente.`)
};

const de_lesson_l06cp1choiceall3 = /** @type {(inputs: Lesson_L06cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei noch einmal: POP3-Server wissen nicht, was ein Client gelesen hat.`)
};

/**
* | output |
* | --- |
* | "All three again: POP3 servers do not know what a client has read." |
*
* @param {Lesson_L06cp1choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp1choiceall3 = /** @type {((inputs?: Lesson_L06cp1choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp1choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp1choiceall3(inputs)
	if (locale === "de") return de_lesson_l06cp1choiceall3(inputs)
	return en_lesson_l06cp1choiceall3(inputs)
});
export { lesson_l06cp1choiceall3 as "lesson_l06Cp1ChoiceAll" }