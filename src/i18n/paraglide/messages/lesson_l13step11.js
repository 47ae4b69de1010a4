/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13step11Inputs */

const en_lesson_l13step11 = /** @type {(inputs: Lesson_L13step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press Play and watch the laptop's session, then the phone's.`)
};

const es_lesson_l13step11 = /** @type {(inputs: Lesson_L13step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa Reproducir y observa la sesión del portátil y luego la del móvil.`)
};

const de_lesson_l13step11 = /** @type {(inputs: Lesson_L13step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke Abspielen und sieh dir die Sitzung des Laptops an, dann die des Handys.`)
};

/**
* | output |
* | --- |
* | "Press Play and watch the laptop's session, then the phone's." |
*
* @param {Lesson_L13step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13step11 = /** @type {((inputs?: Lesson_L13step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13step11(inputs)
	if (locale === "de") return de_lesson_l13step11(inputs)
	return en_lesson_l13step11(inputs)
});
export { lesson_l13step11 as "lesson_l13Step1" }