/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp1spoilers2Inputs */

const en_lesson_l11cp1spoilers2 = /** @type {(inputs: Lesson_L11cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE for all three | more than 14 days | limit has passed`)
};

const es_lesson_l11cp1spoilers2 = /** @type {(inputs: Lesson_L11cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE para los tres | más de 14 días | se cumple el plazo`)
};

const de_lesson_l11cp1spoilers2 = /** @type {(inputs: Lesson_L11cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE für alle drei | mehr als 14 Tage | Ablauf der Frist`)
};

/**
* | output |
* | --- |
* | "DELE for all three \| more than 14 days \| limit has passed" |
*
* @param {Lesson_L11cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp1spoilers2 = /** @type {((inputs?: Lesson_L11cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l11cp1spoilers2(inputs)
	return en_lesson_l11cp1spoilers2(inputs)
});
export { lesson_l11cp1spoilers2 as "lesson_l11Cp1Spoilers" }