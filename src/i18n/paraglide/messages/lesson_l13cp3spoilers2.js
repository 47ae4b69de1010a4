/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp3spoilers2Inputs */

const en_lesson_l13cp3spoilers2 = /** @type {(inputs: Lesson_L13cp3spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`next poll | IDLE | reconnect`)
};

const es_lesson_l13cp3spoilers2 = /** @type {(inputs: Lesson_L13cp3spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`siguiente consulta | IDLE | volver a conectarse`)
};

const de_lesson_l13cp3spoilers2 = /** @type {(inputs: Lesson_L13cp3spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nächsten Abruf | IDLE | neu verbinden`)
};

/**
* | output |
* | --- |
* | "next poll \| IDLE \| reconnect" |
*
* @param {Lesson_L13cp3spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp3spoilers2 = /** @type {((inputs?: Lesson_L13cp3spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp3spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp3spoilers2(inputs)
	if (locale === "de") return de_lesson_l13cp3spoilers2(inputs)
	return en_lesson_l13cp3spoilers2(inputs)
});
export { lesson_l13cp3spoilers2 as "lesson_l13Cp3Spoilers" }