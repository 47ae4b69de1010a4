/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13step21Inputs */

const en_lesson_l13step21 = /** @type {(inputs: Lesson_L13step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change one setting so that both devices get every message, and play again.`)
};

const es_lesson_l13step21 = /** @type {(inputs: Lesson_L13step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia un ajuste para que los dos dispositivos reciban todos los mensajes, y vuelve a reproducir.`)
};

const de_lesson_l13step21 = /** @type {(inputs: Lesson_L13step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ändere eine Einstellung so, dass beide Geräte jede Nachricht bekommen, und spiel noch einmal ab.`)
};

/**
* | output |
* | --- |
* | "Change one setting so that both devices get every message, and play again." |
*
* @param {Lesson_L13step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13step21 = /** @type {((inputs?: Lesson_L13step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13step21(inputs)
	if (locale === "de") return de_lesson_l13step21(inputs)
	return en_lesson_l13step21(inputs)
});
export { lesson_l13step21 as "lesson_l13Step2" }