/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01step31Inputs */

const en_lesson_l01step31 = /** @type {(inputs: Lesson_L01step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type STAT (count and total size) and LIST (the size of each message).`)
};

const es_lesson_l01step31 = /** @type {(inputs: Lesson_L01step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe STAT (cuántos mensajes hay y cuánto ocupan en total) y LIST (el tamaño de cada mensaje).`)
};

const de_lesson_l01step31 = /** @type {(inputs: Lesson_L01step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe STAT (Anzahl und Gesamtgröße) und LIST (die Größe jeder einzelnen Nachricht).`)
};

/**
* | output |
* | --- |
* | "Type STAT (count and total size) and LIST (the size of each message)." |
*
* @param {Lesson_L01step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01step31 = /** @type {((inputs?: Lesson_L01step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01step31(inputs)
	if (locale === "de") return de_lesson_l01step31(inputs)
	return en_lesson_l01step31(inputs)
});
export { lesson_l01step31 as "lesson_l01Step3" }