/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2spoilers2Inputs */

const en_lesson_l06cp2spoilers2 = /** @type {(inputs: Lesson_L06cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gap is back | quota | misses mail`)
};

const es_lesson_l06cp2spoilers2 = /** @type {(inputs: Lesson_L06cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vuelve el hueco | cuota | se queda sin`)
};

const de_lesson_l06cp2spoilers2 = /** @type {(inputs: Lesson_L06cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lücke ist zurück | Quota | Kontingent | verpasst Mail`)
};

/**
* | output |
* | --- |
* | "gap is back \| quota \| misses mail" |
*
* @param {Lesson_L06cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2spoilers2 = /** @type {((inputs?: Lesson_L06cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l06cp2spoilers2(inputs)
	return en_lesson_l06cp2spoilers2(inputs)
});
export { lesson_l06cp2spoilers2 as "lesson_l06Cp2Spoilers" }