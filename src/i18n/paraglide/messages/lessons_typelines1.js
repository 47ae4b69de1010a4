/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Typelines1Inputs */

const en_lessons_typelines1 = /** @type {(inputs: Lessons_Typelines1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type these lines in the terminal:`)
};

const es_lessons_typelines1 = /** @type {(inputs: Lessons_Typelines1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe estas líneas en el terminal:`)
};

const de_lessons_typelines1 = /** @type {(inputs: Lessons_Typelines1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe diese Zeilen ins Terminal:`)
};

/**
* | output |
* | --- |
* | "Type these lines in the terminal:" |
*
* @param {Lessons_Typelines1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_typelines1 = /** @type {((inputs?: Lessons_Typelines1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Typelines1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_typelines1(inputs)
	if (locale === "de") return de_lessons_typelines1(inputs)
	return en_lessons_typelines1(inputs)
});
export { lessons_typelines1 as "lessons_typeLines" }