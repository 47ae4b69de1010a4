/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp1choicerefuse3Inputs */

const en_lesson_l12cp1choicerefuse3 = /** @type {(inputs: Lesson_L12cp1choicerefuse3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop notices that TLS is missing and refuses to log in.`)
};

const es_lesson_l12cp1choicerefuse3 = /** @type {(inputs: Lesson_L12cp1choicerefuse3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil nota que falta TLS y se niega a iniciar sesión.`)
};

const de_lesson_l12cp1choicerefuse3 = /** @type {(inputs: Lesson_L12cp1choicerefuse3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop merkt, dass TLS fehlt, und verweigert die Anmeldung.`)
};

/**
* | output |
* | --- |
* | "The laptop notices that TLS is missing and refuses to log in." |
*
* @param {Lesson_L12cp1choicerefuse3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp1choicerefuse3 = /** @type {((inputs?: Lesson_L12cp1choicerefuse3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp1choicerefuse3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp1choicerefuse3(inputs)
	if (locale === "de") return de_lesson_l12cp1choicerefuse3(inputs)
	return en_lesson_l12cp1choicerefuse3(inputs)
});
export { lesson_l12cp1choicerefuse3 as "lesson_l12Cp1ChoiceRefuse" }