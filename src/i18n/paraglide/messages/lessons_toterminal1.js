/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Toterminal1Inputs */

const en_lessons_toterminal1 = /** @type {(inputs: Lessons_Toterminal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to the terminal`)
};

const es_lessons_toterminal1 = /** @type {(inputs: Lessons_Toterminal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ir al terminal`)
};

const de_lessons_toterminal1 = /** @type {(inputs: Lessons_Toterminal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zum Terminal`)
};

/**
* | output |
* | --- |
* | "Go to the terminal" |
*
* @param {Lessons_Toterminal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_toterminal1 = /** @type {((inputs?: Lessons_Toterminal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Toterminal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_toterminal1(inputs)
	if (locale === "de") return de_lessons_toterminal1(inputs)
	return en_lessons_toterminal1(inputs)
});
export { lessons_toterminal1 as "lessons_toTerminal" }