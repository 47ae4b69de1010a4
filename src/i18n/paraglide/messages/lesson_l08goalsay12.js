/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08goalsay12Inputs */

const en_lesson_l08goalsay12 = /** @type {(inputs: Lesson_L08goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose POP1 in the protocol menu in the header.`)
};

const es_lesson_l08goalsay12 = /** @type {(inputs: Lesson_L08goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige POP1 en el menú Protocolo de la cabecera.`)
};

const de_lesson_l08goalsay12 = /** @type {(inputs: Lesson_L08goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle POP1 im Menü Protokoll in der Kopfzeile.`)
};

/**
* | output |
* | --- |
* | "Choose POP1 in the protocol menu in the header." |
*
* @param {Lesson_L08goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08goalsay12 = /** @type {((inputs?: Lesson_L08goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08goalsay12(inputs)
	if (locale === "de") return de_lesson_l08goalsay12(inputs)
	return en_lesson_l08goalsay12(inputs)
});
export { lesson_l08goalsay12 as "lesson_l08GoalSay1" }