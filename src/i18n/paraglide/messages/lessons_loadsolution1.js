/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Loadsolution1Inputs */

const en_lessons_loadsolution1 = /** @type {(inputs: Lessons_Loadsolution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Load the solution into the simulator`)
};

const es_lessons_loadsolution1 = /** @type {(inputs: Lessons_Loadsolution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargar la solución en el simulador`)
};

const de_lessons_loadsolution1 = /** @type {(inputs: Lessons_Loadsolution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Lösung in den Simulator laden`)
};

/**
* | output |
* | --- |
* | "Load the solution into the simulator" |
*
* @param {Lessons_Loadsolution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_loadsolution1 = /** @type {((inputs?: Lessons_Loadsolution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Loadsolution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_loadsolution1(inputs)
	if (locale === "de") return de_lessons_loadsolution1(inputs)
	return en_lessons_loadsolution1(inputs)
});
export { lessons_loadsolution1 as "lessons_loadSolution" }