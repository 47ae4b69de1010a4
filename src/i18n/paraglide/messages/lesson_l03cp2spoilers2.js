/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2spoilers2Inputs */

const en_lesson_l03cp2spoilers2 = /** @type {(inputs: Lesson_L03cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicate | downloads the same | never loss`)
};

const es_lesson_l03cp2spoilers2 = /** @type {(inputs: Lesson_L03cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicado | vuelve a descargar los mismos | nunca pérdida`)
};

const de_lesson_l03cp2spoilers2 = /** @type {(inputs: Lesson_L03cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`doppelt | dieselben drei | niemals Verlust`)
};

/**
* | output |
* | --- |
* | "duplicate \| downloads the same \| never loss" |
*
* @param {Lesson_L03cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2spoilers2 = /** @type {((inputs?: Lesson_L03cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l03cp2spoilers2(inputs)
	return en_lesson_l03cp2spoilers2(inputs)
});
export { lesson_l03cp2spoilers2 as "lesson_l03Cp2Spoilers" }