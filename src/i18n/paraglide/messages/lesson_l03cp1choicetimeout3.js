/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp1choicetimeout3Inputs */

const en_lesson_l03cp1choicetimeout3 = /** @type {(inputs: Lesson_L03cp1choicetimeout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is removed later, when the server's autologout timer fires.`)
};

const es_lesson_l03cp1choicetimeout3 = /** @type {(inputs: Lesson_L03cp1choicetimeout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se elimina más tarde, cuando venza el temporizador de cierre automático del servidor.`)
};

const de_lesson_l03cp1choicetimeout3 = /** @type {(inputs: Lesson_L03cp1choicetimeout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie wird später entfernt, wenn der Auto-Logout-Timer des Servers abläuft.`)
};

/**
* | output |
* | --- |
* | "It is removed later, when the server's autologout timer fires." |
*
* @param {Lesson_L03cp1choicetimeout3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp1choicetimeout3 = /** @type {((inputs?: Lesson_L03cp1choicetimeout3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp1choicetimeout3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp1choicetimeout3(inputs)
	if (locale === "de") return de_lesson_l03cp1choicetimeout3(inputs)
	return en_lesson_l03cp1choicetimeout3(inputs)
});
export { lesson_l03cp1choicetimeout3 as "lesson_l03Cp1ChoiceTimeout" }