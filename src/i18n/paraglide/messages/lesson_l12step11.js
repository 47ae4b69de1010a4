/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12step11Inputs */

const en_lesson_l12step11 = /** @type {(inputs: Lesson_L12step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step to the laptop's AUTH PLAIN line and read it on the channel.`)
};

const es_lesson_l12step11 = /** @type {(inputs: Lesson_L12step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza con «Paso adelante» hasta la línea AUTH PLAIN del portátil y léela en el canal.`)
};

const de_lesson_l12step11 = /** @type {(inputs: Lesson_L12step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh mit „Schritt vor“ bis zur Zeile AUTH PLAIN des Laptops und lies sie im Kanal.`)
};

/**
* | output |
* | --- |
* | "Step to the laptop's AUTH PLAIN line and read it on the channel." |
*
* @param {Lesson_L12step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12step11 = /** @type {((inputs?: Lesson_L12step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12step11(inputs)
	if (locale === "de") return de_lesson_l12step11(inputs)
	return en_lesson_l12step11(inputs)
});
export { lesson_l12step11 as "lesson_l12Step1" }