/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15variantsafe2Inputs */

const en_lesson_l15variantsafe2 = /** @type {(inputs: Lesson_L15variantsafe2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: writes each message to disk, then sends DELE`)
};

const es_lesson_l15variantsafe2 = /** @type {(inputs: Lesson_L15variantsafe2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: escribe cada mensaje en disco y después envía DELE`)
};

const de_lesson_l15variantsafe2 = /** @type {(inputs: Lesson_L15variantsafe2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: schreibt jede Nachricht auf die Festplatte, sendet dann DELE`)
};

/**
* | output |
* | --- |
* | "Laptop: writes each message to disk, then sends DELE" |
*
* @param {Lesson_L15variantsafe2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15variantsafe2 = /** @type {((inputs?: Lesson_L15variantsafe2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15variantsafe2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15variantsafe2(inputs)
	if (locale === "de") return de_lesson_l15variantsafe2(inputs)
	return en_lesson_l15variantsafe2(inputs)
});
export { lesson_l15variantsafe2 as "lesson_l15VariantSafe" }