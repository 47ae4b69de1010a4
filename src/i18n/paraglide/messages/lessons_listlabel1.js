/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Listlabel1Inputs */

const en_lessons_listlabel1 = /** @type {(inputs: Lessons_Listlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a lesson`)
};

const es_lessons_listlabel1 = /** @type {(inputs: Lessons_Listlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una lección`)
};

const de_lessons_listlabel1 = /** @type {(inputs: Lessons_Listlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle eine Lektion`)
};

/**
* | output |
* | --- |
* | "Choose a lesson" |
*
* @param {Lessons_Listlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_listlabel1 = /** @type {((inputs?: Lessons_Listlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Listlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_listlabel1(inputs)
	if (locale === "de") return de_lessons_listlabel1(inputs)
	return en_lessons_listlabel1(inputs)
});
export { lessons_listlabel1 as "lessons_listLabel" }