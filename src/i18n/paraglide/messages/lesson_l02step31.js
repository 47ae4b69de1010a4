/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02step31Inputs */

const en_lesson_l02step31 = /** @type {(inputs: Lesson_L02step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Now change one setting so that both devices get every message, and play again.`)
};

const es_lesson_l02step31 = /** @type {(inputs: Lesson_L02step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ahora cambia un ajuste para que los dos dispositivos reciban todos los mensajes, y vuelve a reproducir.`)
};

const de_lesson_l02step31 = /** @type {(inputs: Lesson_L02step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ändere jetzt eine Einstellung so, dass beide Geräte jede Nachricht bekommen, und spiel noch einmal ab.`)
};

/**
* | output |
* | --- |
* | "Now change one setting so that both devices get every message, and play again." |
*
* @param {Lesson_L02step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02step31 = /** @type {((inputs?: Lesson_L02step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02step31(inputs)
	if (locale === "de") return de_lesson_l02step31(inputs)
	return en_lesson_l02step31(inputs)
});
export { lesson_l02step31 as "lesson_l02Step3" }