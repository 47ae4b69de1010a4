/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp1choiceall3Inputs */

const en_lesson_l02cp1choiceall3 = /** @type {(inputs: Lesson_L02cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three messages: each device gets its own copy from the server.`)
};

const es_lesson_l02cp1choiceall3 = /** @type {(inputs: Lesson_L02cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los tres mensajes: cada dispositivo recibe del servidor su propia copia.`)
};

const de_lesson_l02cp1choiceall3 = /** @type {(inputs: Lesson_L02cp1choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei Nachrichten: Jedes Gerät bekommt vom Server seine eigene Kopie.`)
};

/**
* | output |
* | --- |
* | "All three messages: each device gets its own copy from the server." |
*
* @param {Lesson_L02cp1choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp1choiceall3 = /** @type {((inputs?: Lesson_L02cp1choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp1choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp1choiceall3(inputs)
	if (locale === "de") return de_lesson_l02cp1choiceall3(inputs)
	return en_lesson_l02cp1choiceall3(inputs)
});
export { lesson_l02cp1choiceall3 as "lesson_l02Cp1ChoiceAll" }