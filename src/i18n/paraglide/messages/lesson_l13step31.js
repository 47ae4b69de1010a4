/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13step31Inputs */

const en_lesson_l13step31 = /** @type {(inputs: Lesson_L13step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the phone's session closely: what does the server tell it about what the laptop did?`)
};

const es_lesson_l13step31 = /** @type {(inputs: Lesson_L13step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa con atención la sesión del móvil: ¿qué le cuenta el servidor sobre lo que hizo el portátil?`)
};

const de_lesson_l13step31 = /** @type {(inputs: Lesson_L13step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieh dir die Sitzung des Handys genau an: Was erfährt es vom Server darüber, was der Laptop getan hat?`)
};

/**
* | output |
* | --- |
* | "Watch the phone's session closely: what does the server tell it about what the laptop did?" |
*
* @param {Lesson_L13step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13step31 = /** @type {((inputs?: Lesson_L13step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13step31(inputs)
	if (locale === "de") return de_lesson_l13step31(inputs)
	return en_lesson_l13step31(inputs)
});
export { lesson_l13step31 as "lesson_l13Step3" }