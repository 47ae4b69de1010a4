/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07title1Inputs */

const en_lesson_l07title1 = /** @type {(inputs: Lesson_L07title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A client without UIDL`)
};

const es_lesson_l07title1 = /** @type {(inputs: Lesson_L07title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente sin UIDL`)
};

const de_lesson_l07title1 = /** @type {(inputs: Lesson_L07title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Client ohne UIDL`)
};

/**
* | output |
* | --- |
* | "A client without UIDL" |
*
* @param {Lesson_L07title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07title1 = /** @type {((inputs?: Lesson_L07title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07title1(inputs)
	if (locale === "de") return de_lesson_l07title1(inputs)
	return en_lesson_l07title1(inputs)
});
export { lesson_l07title1 as "lesson_l07Title" }