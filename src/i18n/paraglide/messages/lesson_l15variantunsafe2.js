/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15variantunsafe2Inputs */

const en_lesson_l15variantunsafe2 = /** @type {(inputs: Lesson_L15variantunsafe2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: sends DELE as soon as a message has arrived`)
};

const es_lesson_l15variantunsafe2 = /** @type {(inputs: Lesson_L15variantunsafe2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: envía DELE en cuanto llega un mensaje`)
};

const de_lesson_l15variantunsafe2 = /** @type {(inputs: Lesson_L15variantunsafe2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: sendet DELE, sobald eine Nachricht angekommen ist`)
};

/**
* | output |
* | --- |
* | "Laptop: sends DELE as soon as a message has arrived" |
*
* @param {Lesson_L15variantunsafe2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15variantunsafe2 = /** @type {((inputs?: Lesson_L15variantunsafe2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15variantunsafe2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15variantunsafe2(inputs)
	if (locale === "de") return de_lesson_l15variantunsafe2(inputs)
	return en_lesson_l15variantunsafe2(inputs)
});
export { lesson_l15variantunsafe2 as "lesson_l15VariantUnsafe" }