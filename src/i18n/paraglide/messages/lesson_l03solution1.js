/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03solution1Inputs */

const en_lesson_l03solution1 = /** @type {(inputs: Lesson_L03solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause just before the laptop sends QUIT and press "Drop connection". The server never sees QUIT, so it never enters UPDATE: the three marks are dropped, and the second poll downloads all three again: duplicates, never loss.`)
};

const es_lesson_l03solution1 = /** @type {(inputs: Lesson_L03solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detente justo antes de que el portátil envíe QUIT y pulsa «Cortar la conexión». El servidor nunca ve QUIT, así que nunca pasa a UPDATE: las tres marcas se descartan y la segunda consulta vuelve a descargar los tres mensajes: duplicados, nunca pérdida.`)
};

const de_lesson_l03solution1 = /** @type {(inputs: Lesson_L03solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Halte an, kurz bevor der Laptop QUIT sendet, und drücke „Verbindung trennen“. Der Server sieht QUIT nie, also betritt er UPDATE nie: Die drei Markierungen verfallen, und der zweite Abruf lädt alle drei noch einmal herunter: Doppelte, niemals Verlust.`)
};

/**
* | output |
* | --- |
* | "Pause just before the laptop sends QUIT and press \"Drop connection\". The server never sees QUIT, so it never enters UPDATE: the three marks are dropped, and ..." |
*
* @param {Lesson_L03solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03solution1 = /** @type {((inputs?: Lesson_L03solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03solution1(inputs)
	if (locale === "de") return de_lesson_l03solution1(inputs)
	return en_lesson_l03solution1(inputs)
});
export { lesson_l03solution1 as "lesson_l03Solution" }