/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04hint21Inputs */

const en_lesson_l04hint21 = /** @type {(inputs: Lesson_L04hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What matters is the order: the server reads QUIT, does its work, and only then sends its reply.`)
};

const es_lesson_l04hint21 = /** @type {(inputs: Lesson_L04hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que importa es el orden: el servidor lee QUIT, hace su trabajo y solo entonces envía su respuesta.`)
};

const de_lesson_l04hint21 = /** @type {(inputs: Lesson_L04hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es kommt auf die Reihenfolge an: Der Server liest QUIT, erledigt seine Arbeit und schickt erst dann seine Antwort.`)
};

/**
* | output |
* | --- |
* | "What matters is the order: the server reads QUIT, does its work, and only then sends its reply." |
*
* @param {Lesson_L04hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04hint21 = /** @type {((inputs?: Lesson_L04hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04hint21(inputs)
	if (locale === "de") return de_lesson_l04hint21(inputs)
	return en_lesson_l04hint21(inputs)
});
export { lesson_l04hint21 as "lesson_l04Hint2" }