/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp3choicenever3Inputs */

const en_lesson_l13cp3choicenever3 = /** @type {(inputs: Lesson_L13cp3choicenever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Never: the phone already downloaded the maildrop.`)
};

const es_lesson_l13cp3choicenever3 = /** @type {(inputs: Lesson_L13cp3choicenever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nunca: el móvil ya descargó el buzón.`)
};

const de_lesson_l13cp3choicenever3 = /** @type {(inputs: Lesson_L13cp3choicenever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nie: Das Handy hat das Postfach schon heruntergeladen.`)
};

/**
* | output |
* | --- |
* | "Never: the phone already downloaded the maildrop." |
*
* @param {Lesson_L13cp3choicenever3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp3choicenever3 = /** @type {((inputs?: Lesson_L13cp3choicenever3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp3choicenever3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp3choicenever3(inputs)
	if (locale === "de") return de_lesson_l13cp3choicenever3(inputs)
	return en_lesson_l13cp3choicenever3(inputs)
});
export { lesson_l13cp3choicenever3 as "lesson_l13Cp3ChoiceNever" }