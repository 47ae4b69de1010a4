/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06step21Inputs */

const en_lesson_l06step21 = /** @type {(inputs: Lesson_L06step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Switch Retention to "Leave on server" and play again.`)
};

const es_lesson_l06step21 = /** @type {(inputs: Lesson_L06step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia Conservación a «Dejar en el servidor» y reproduce de nuevo.`)
};

const de_lesson_l06step21 = /** @type {(inputs: Lesson_L06step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell die Aufbewahrung auf „Auf dem Server lassen“ und spiel noch einmal ab.`)
};

/**
* | output |
* | --- |
* | "Switch Retention to \"Leave on server\" and play again." |
*
* @param {Lesson_L06step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06step21 = /** @type {((inputs?: Lesson_L06step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06step21(inputs)
	if (locale === "de") return de_lesson_l06step21(inputs)
	return en_lesson_l06step21(inputs)
});
export { lesson_l06step21 as "lesson_l06Step2" }