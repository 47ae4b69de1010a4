/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2spoilers2Inputs */

const en_lesson_l13cp2spoilers2 = /** @type {(inputs: Lesson_L13cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unread | no read state | knows nothing`)
};

const es_lesson_l13cp2spoilers2 = /** @type {(inputs: Lesson_L13cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin leer | ni estado de leído | no sabe nada`)
};

const de_lesson_l13cp2spoilers2 = /** @type {(inputs: Lesson_L13cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ungelesen | keinen Gelesen-Status | weiß nichts`)
};

/**
* | output |
* | --- |
* | "unread \| no read state \| knows nothing" |
*
* @param {Lesson_L13cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2spoilers2 = /** @type {((inputs?: Lesson_L13cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l13cp2spoilers2(inputs)
	return en_lesson_l13cp2spoilers2(inputs)
});
export { lesson_l13cp2spoilers2 as "lesson_l13Cp2Spoilers" }