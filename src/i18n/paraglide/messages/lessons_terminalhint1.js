/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Terminalhint1Inputs */

const en_lessons_terminalhint1 = /** @type {(inputs: Lessons_Terminalhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lesson is typed by hand, in the terminal.`)
};

const es_lessons_terminalhint1 = /** @type {(inputs: Lessons_Terminalhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta lección se escribe a mano, en el terminal.`)
};

const de_lessons_terminalhint1 = /** @type {(inputs: Lessons_Terminalhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Lektion wird von Hand getippt, im Terminal.`)
};

/**
* | output |
* | --- |
* | "This lesson is typed by hand, in the terminal." |
*
* @param {Lessons_Terminalhint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_terminalhint1 = /** @type {((inputs?: Lessons_Terminalhint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Terminalhint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_terminalhint1(inputs)
	if (locale === "de") return de_lessons_terminalhint1(inputs)
	return en_lessons_terminalhint1(inputs)
});
export { lessons_terminalhint1 as "lessons_terminalHint" }