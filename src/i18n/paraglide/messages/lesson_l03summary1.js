/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03summary1Inputs */

const en_lesson_l03summary1 = /** @type {(inputs: Lesson_L03summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Popular articles say a broken connection loses mail. Try it: let the laptop save every message and send DELE for each, drop its connection just before it sends QUIT, and let it poll again later.`)
};

const es_lesson_l03summary1 = /** @type {(inputs: Lesson_L03summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hay artículos muy leídos que dicen que una conexión rota hace perder correo. Compruébalo: deja que el portátil guarde cada mensaje y envíe DELE para cada uno, corta su conexión justo antes de que envíe QUIT y deja que vuelva a consultar más tarde.`)
};

const de_lesson_l03summary1 = /** @type {(inputs: Lesson_L03summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viel gelesene Artikel behaupten, bei einer abgebrochenen Verbindung gehe Mail verloren. Probier es aus: Lass den Laptop jede Nachricht speichern und für jede DELE senden, trenne seine Verbindung kurz bevor er QUIT sendet, und lass ihn später noch einmal abrufen.`)
};

/**
* | output |
* | --- |
* | "Popular articles say a broken connection loses mail. Try it: let the laptop save every message and send DELE for each, drop its connection just before it sen..." |
*
* @param {Lesson_L03summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03summary1 = /** @type {((inputs?: Lesson_L03summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03summary1(inputs)
	if (locale === "de") return de_lesson_l03summary1(inputs)
	return en_lesson_l03summary1(inputs)
});
export { lesson_l03summary1 as "lesson_l03Summary" }