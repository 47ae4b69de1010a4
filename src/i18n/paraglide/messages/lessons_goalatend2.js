/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Goalatend2Inputs */

const en_lessons_goalatend2 = /** @type {(inputs: Lessons_Goalatend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end to check the goal.`)
};

const es_lessons_goalatend2 = /** @type {(inputs: Lessons_Goalatend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final para comprobar el objetivo.`)
};

const de_lessons_goalatend2 = /** @type {(inputs: Lessons_Goalatend2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen, um das Ziel zu prüfen.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end to check the goal." |
*
* @param {Lessons_Goalatend2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_goalatend2 = /** @type {((inputs?: Lessons_Goalatend2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Goalatend2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_goalatend2(inputs)
	if (locale === "de") return de_lessons_goalatend2(inputs)
	return en_lessons_goalatend2(inputs)
});
export { lessons_goalatend2 as "lessons_goalAtEnd" }