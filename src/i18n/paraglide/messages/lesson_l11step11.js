/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11step11Inputs */

const en_lesson_l11step11 = /** @type {(inputs: Lesson_L11step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press Play and watch the laptop's first poll, on day 0.`)
};

const es_lesson_l11step11 = /** @type {(inputs: Lesson_L11step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa Reproducir y observa la primera consulta del portátil, el día 0.`)
};

const de_lesson_l11step11 = /** @type {(inputs: Lesson_L11step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke Abspielen und sieh dir den ersten Abruf des Laptops an, an Tag 0.`)
};

/**
* | output |
* | --- |
* | "Press Play and watch the laptop's first poll, on day 0." |
*
* @param {Lesson_L11step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11step11 = /** @type {((inputs?: Lesson_L11step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11step11(inputs)
	if (locale === "de") return de_lesson_l11step11(inputs)
	return en_lesson_l11step11(inputs)
});
export { lesson_l11step11 as "lesson_l11Step1" }