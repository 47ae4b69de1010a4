/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Goalnotyet2Inputs */

const en_lessons_goalnotyet2 = /** @type {(inputs: Lessons_Goalnotyet2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not yet. Still missing:`)
};

const es_lessons_goalnotyet2 = /** @type {(inputs: Lessons_Goalnotyet2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todavía no. Falta:`)
};

const de_lessons_goalnotyet2 = /** @type {(inputs: Lessons_Goalnotyet2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch nicht. Es fehlt noch:`)
};

/**
* | output |
* | --- |
* | "Not yet. Still missing:" |
*
* @param {Lessons_Goalnotyet2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_goalnotyet2 = /** @type {((inputs?: Lessons_Goalnotyet2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Goalnotyet2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_goalnotyet2(inputs)
	if (locale === "de") return de_lessons_goalnotyet2(inputs)
	return en_lessons_goalnotyet2(inputs)
});
export { lessons_goalnotyet2 as "lessons_goalNotYet" }