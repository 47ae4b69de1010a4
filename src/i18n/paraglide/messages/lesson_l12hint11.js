/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12hint11Inputs */

const en_lesson_l12hint11 = /** @type {(inputs: Lesson_L12hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Base64 is an encoding, not encryption: anyone can turn it back into text.`)
};

const es_lesson_l12hint11 = /** @type {(inputs: Lesson_L12hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Base64 es una codificación, no un cifrado: cualquiera puede volver a convertirlo en texto.`)
};

const de_lesson_l12hint11 = /** @type {(inputs: Lesson_L12hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Base64 ist eine Kodierung, keine Verschlüsselung: Jeder kann es wieder in Text verwandeln.`)
};

/**
* | output |
* | --- |
* | "Base64 is an encoding, not encryption: anyone can turn it back into text." |
*
* @param {Lesson_L12hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12hint11 = /** @type {((inputs?: Lesson_L12hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12hint11(inputs)
	if (locale === "de") return de_lesson_l12hint11(inputs)
	return en_lesson_l12hint11(inputs)
});
export { lesson_l12hint11 as "lesson_l12Hint1" }