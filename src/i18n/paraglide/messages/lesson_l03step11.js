/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03step11Inputs */

const en_lesson_l03step11 = /** @type {(inputs: Lesson_L03step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step forward until the laptop has saved all three messages and sent DELE for each, just before it sends QUIT.`)
};

const es_lesson_l03step11 = /** @type {(inputs: Lesson_L03step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza con «Paso adelante» hasta que el portátil haya guardado los tres mensajes y enviado DELE para cada uno, justo antes de que envíe QUIT.`)
};

const de_lesson_l03step11 = /** @type {(inputs: Lesson_L03step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh mit „Schritt vor“ weiter, bis der Laptop alle drei Nachrichten gespeichert und für jede DELE gesendet hat, kurz bevor er QUIT sendet.`)
};

/**
* | output |
* | --- |
* | "Step forward until the laptop has saved all three messages and sent DELE for each, just before it sends QUIT." |
*
* @param {Lesson_L03step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03step11 = /** @type {((inputs?: Lesson_L03step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03step11(inputs)
	if (locale === "de") return de_lesson_l03step11(inputs)
	return en_lesson_l03step11(inputs)
});
export { lesson_l03step11 as "lesson_l03Step1" }