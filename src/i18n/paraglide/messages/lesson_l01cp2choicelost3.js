/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp2choicelost3Inputs */

const en_lesson_l01cp2choicelost3 = /** @type {(inputs: Lesson_L01cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost: no complete copy survives anywhere.`)
};

const es_lesson_l01cp2choicelost3 = /** @type {(inputs: Lesson_L01cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Perdido: no queda ninguna copia completa en ningún sitio.`)
};

const de_lesson_l01cp2choicelost3 = /** @type {(inputs: Lesson_L01cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verloren: Nirgends gibt es mehr eine vollständige Kopie.`)
};

/**
* | output |
* | --- |
* | "Lost: no complete copy survives anywhere." |
*
* @param {Lesson_L01cp2choicelost3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp2choicelost3 = /** @type {((inputs?: Lesson_L01cp2choicelost3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp2choicelost3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp2choicelost3(inputs)
	if (locale === "de") return de_lesson_l01cp2choicelost3(inputs)
	return en_lesson_l01cp2choicelost3(inputs)
});
export { lesson_l01cp2choicelost3 as "lesson_l01Cp2ChoiceLost" }