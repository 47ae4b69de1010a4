/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp3choicenow3Inputs */

const en_lesson_l13cp3choicenow3 = /** @type {(inputs: Lesson_L13cp3choicenow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`At once: the server pushes it to the phone.`)
};

const es_lesson_l13cp3choicenow3 = /** @type {(inputs: Lesson_L13cp3choicenow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Al instante: el servidor se lo envía al móvil por su cuenta.`)
};

const de_lesson_l13cp3choicenow3 = /** @type {(inputs: Lesson_L13cp3choicenow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sofort: Der Server schickt sie von sich aus ans Handy.`)
};

/**
* | output |
* | --- |
* | "At once: the server pushes it to the phone." |
*
* @param {Lesson_L13cp3choicenow3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp3choicenow3 = /** @type {((inputs?: Lesson_L13cp3choicenow3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp3choicenow3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp3choicenow3(inputs)
	if (locale === "de") return de_lesson_l13cp3choicenow3(inputs)
	return en_lesson_l13cp3choicenow3(inputs)
});
export { lesson_l13cp3choicenow3 as "lesson_l13Cp3ChoiceNow" }