/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Notcompleted1Inputs */

const en_lessons_notcompleted1 = /** @type {(inputs: Lessons_Notcompleted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not completed`)
};

const es_lessons_notcompleted1 = /** @type {(inputs: Lessons_Notcompleted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin completar`)
};

const de_lessons_notcompleted1 = /** @type {(inputs: Lessons_Notcompleted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht abgeschlossen`)
};

/**
* | output |
* | --- |
* | "Not completed" |
*
* @param {Lessons_Notcompleted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_notcompleted1 = /** @type {((inputs?: Lessons_Notcompleted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Notcompleted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_notcompleted1(inputs)
	if (locale === "de") return de_lessons_notcompleted1(inputs)
	return en_lessons_notcompleted1(inputs)
});
export { lessons_notcompleted1 as "lessons_notCompleted" }