/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04step11Inputs */

const en_lesson_l04step11 = /** @type {(inputs: Lesson_L04step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step forward until the server has read the laptop's QUIT (the command appears on the server side).`)
};

const es_lesson_l04step11 = /** @type {(inputs: Lesson_L04step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza con «Paso adelante» hasta que el servidor haya leído el QUIT del portátil (la orden aparece en el lado del servidor).`)
};

const de_lesson_l04step11 = /** @type {(inputs: Lesson_L04step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh mit „Schritt vor“ weiter, bis der Server das QUIT des Laptops gelesen hat (der Befehl erscheint auf der Serverseite).`)
};

/**
* | output |
* | --- |
* | "Step forward until the server has read the laptop's QUIT (the command appears on the server side)." |
*
* @param {Lesson_L04step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04step11 = /** @type {((inputs?: Lesson_L04step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04step11(inputs)
	if (locale === "de") return de_lesson_l04step11(inputs)
	return en_lesson_l04step11(inputs)
});
export { lesson_l04step11 as "lesson_l04Step1" }