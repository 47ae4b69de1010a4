/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06step41Inputs */

const en_lesson_l06step41 = /** @type {(inputs: Lesson_L06step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On the second poll, watch the commands the laptop sends.`)
};

const es_lesson_l06step41 = /** @type {(inputs: Lesson_L06step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En la segunda consulta, fíjate en las órdenes que envía el portátil.`)
};

const de_lesson_l06step41 = /** @type {(inputs: Lesson_L06step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Achte beim zweiten Abruf auf die Befehle, die der Laptop sendet.`)
};

/**
* | output |
* | --- |
* | "On the second poll, watch the commands the laptop sends." |
*
* @param {Lesson_L06step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06step41 = /** @type {((inputs?: Lesson_L06step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06step41(inputs)
	if (locale === "de") return de_lesson_l06step41(inputs)
	return en_lesson_l06step41(inputs)
});
export { lesson_l06step41 as "lesson_l06Step4" }