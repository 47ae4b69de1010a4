/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11hint11Inputs */

const en_lesson_l11hint11 = /** @type {(inputs: Lesson_L11hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare the number of days the laptop keeps mail on the server with the number of days the phone is away.`)
};

const es_lesson_l11hint11 = /** @type {(inputs: Lesson_L11hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compara cuántos días deja el portátil el correo en el servidor con cuántos días pasa fuera el móvil.`)
};

const de_lesson_l11hint11 = /** @type {(inputs: Lesson_L11hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vergleiche, wie viele Tage der Laptop Mail auf dem Server lässt, mit der Zahl der Tage, die das Handy weg ist.`)
};

/**
* | output |
* | --- |
* | "Compare the number of days the laptop keeps mail on the server with the number of days the phone is away." |
*
* @param {Lesson_L11hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11hint11 = /** @type {((inputs?: Lesson_L11hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11hint11(inputs)
	if (locale === "de") return de_lesson_l11hint11(inputs)
	return en_lesson_l11hint11(inputs)
});
export { lesson_l11hint11 as "lesson_l11Hint1" }