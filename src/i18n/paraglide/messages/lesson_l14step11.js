/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14step11Inputs */

const en_lesson_l14step11 = /** @type {(inputs: Lesson_L14step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press Play and watch the laptop's session: when does the new message arrive, and does the laptop download it?`)
};

const es_lesson_l14step11 = /** @type {(inputs: Lesson_L14step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa Reproducir y observa la sesión del portátil: ¿cuándo llega el mensaje nuevo, y lo descarga el portátil?`)
};

const de_lesson_l14step11 = /** @type {(inputs: Lesson_L14step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke Abspielen und beobachte die Sitzung des Laptops: Wann kommt die neue Nachricht an, und lädt der Laptop sie herunter?`)
};

/**
* | output |
* | --- |
* | "Press Play and watch the laptop's session: when does the new message arrive, and does the laptop download it?" |
*
* @param {Lesson_L14step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14step11 = /** @type {((inputs?: Lesson_L14step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14step11(inputs)
	if (locale === "de") return de_lesson_l14step11(inputs)
	return en_lesson_l14step11(inputs)
});
export { lesson_l14step11 as "lesson_l14Step1" }