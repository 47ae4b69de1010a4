/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05step11Inputs */

const en_lesson_l05step11 = /** @type {(inputs: Lesson_L05step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the laptop is about to send its first DELE. Look at the laptop's store.`)
};

const es_lesson_l05step11 = /** @type {(inputs: Lesson_L05step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que el portátil esté a punto de enviar su primer DELE. Mira el almacén del portátil.`)
};

const de_lesson_l05step11 = /** @type {(inputs: Lesson_L05step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis der Laptop gleich sein erstes DELE senden wird. Sieh dir den Speicher des Laptops an.`)
};

/**
* | output |
* | --- |
* | "Play until the laptop is about to send its first DELE. Look at the laptop's store." |
*
* @param {Lesson_L05step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05step11 = /** @type {((inputs?: Lesson_L05step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05step11(inputs)
	if (locale === "de") return de_lesson_l05step11(inputs)
	return en_lesson_l05step11(inputs)
});
export { lesson_l05step11 as "lesson_l05Step1" }