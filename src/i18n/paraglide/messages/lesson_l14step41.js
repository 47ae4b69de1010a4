/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14step41Inputs */

const en_lesson_l14step41 = /** @type {(inputs: Lesson_L14step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the phone with the other setting below, and play again.`)
};

const es_lesson_l14step41 = /** @type {(inputs: Lesson_L14step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba el móvil con el otro ajuste de abajo y reproduce de nuevo.`)
};

const de_lesson_l14step41 = /** @type {(inputs: Lesson_L14step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probier das Handy mit der anderen Einstellung unten aus und spiel noch einmal ab.`)
};

/**
* | output |
* | --- |
* | "Try the phone with the other setting below, and play again." |
*
* @param {Lesson_L14step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14step41 = /** @type {((inputs?: Lesson_L14step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14step41(inputs)
	if (locale === "de") return de_lesson_l14step41(inputs)
	return en_lesson_l14step41(inputs)
});
export { lesson_l14step41 as "lesson_l14Step4" }