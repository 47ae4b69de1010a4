/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2choiceclean3Inputs */

const en_lesson_l03cp2choiceclean3 = /** @type {(inputs: Lesson_L03cp2choiceclean3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delivered: 3 and nothing else: the laptop skips what it already has.`)
};

const es_lesson_l03cp2choiceclean3 = /** @type {(inputs: Lesson_L03cp2choiceclean3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entregados: 3 y nada más: el portátil se salta lo que ya tiene.`)
};

const de_lesson_l03cp2choiceclean3 = /** @type {(inputs: Lesson_L03cp2choiceclean3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zugestellt: 3 und sonst nichts: Der Laptop überspringt, was er schon hat.`)
};

/**
* | output |
* | --- |
* | "Delivered: 3 and nothing else: the laptop skips what it already has." |
*
* @param {Lesson_L03cp2choiceclean3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2choiceclean3 = /** @type {((inputs?: Lesson_L03cp2choiceclean3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2choiceclean3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2choiceclean3(inputs)
	if (locale === "de") return de_lesson_l03cp2choiceclean3(inputs)
	return en_lesson_l03cp2choiceclean3(inputs)
});
export { lesson_l03cp2choiceclean3 as "lesson_l03Cp2ChoiceClean" }