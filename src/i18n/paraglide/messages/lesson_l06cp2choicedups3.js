/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2choicedups3Inputs */

const en_lesson_l06cp2choicedups3 = /** @type {(inputs: Lesson_L06cp2choicedups3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicates of everything the laptop downloaded.`)
};

const es_lesson_l06cp2choicedups3 = /** @type {(inputs: Lesson_L06cp2choicedups3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicados de todo lo que descargó el portátil.`)
};

const de_lesson_l06cp2choicedups3 = /** @type {(inputs: Lesson_L06cp2choicedups3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplikate von allem, was der Laptop heruntergeladen hat.`)
};

/**
* | output |
* | --- |
* | "Duplicates of everything the laptop downloaded." |
*
* @param {Lesson_L06cp2choicedups3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2choicedups3 = /** @type {((inputs?: Lesson_L06cp2choicedups3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2choicedups3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2choicedups3(inputs)
	if (locale === "de") return de_lesson_l06cp2choicedups3(inputs)
	return en_lesson_l06cp2choicedups3(inputs)
});
export { lesson_l06cp2choicedups3 as "lesson_l06Cp2ChoiceDups" }