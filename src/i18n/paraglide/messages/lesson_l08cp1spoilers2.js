/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp1spoilers2Inputs */

const en_lesson_l08cp1spoilers2 = /** @type {(inputs: Lesson_L08cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`released | release | deferred`)
};

const es_lesson_l08cp1spoilers2 = /** @type {(inputs: Lesson_L08cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se libera | liberar | diferido`)
};

const de_lesson_l08cp1spoilers2 = /** @type {(inputs: Lesson_L08cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`freigegeben | freigibt | Freigabe | aufgeschoben`)
};

/**
* | output |
* | --- |
* | "released \| release \| deferred" |
*
* @param {Lesson_L08cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp1spoilers2 = /** @type {((inputs?: Lesson_L08cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l08cp1spoilers2(inputs)
	return en_lesson_l08cp1spoilers2(inputs)
});
export { lesson_l08cp1spoilers2 as "lesson_l08Cp1Spoilers" }