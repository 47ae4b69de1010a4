/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03step21Inputs */

const en_lesson_l03step21 = /** @type {(inputs: Lesson_L03step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answer the question, then press "Drop connection" there and play to the end.`)
};

const es_lesson_l03step21 = /** @type {(inputs: Lesson_L03step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responde a la pregunta; después, en ese mismo punto, pulsa «Cortar la conexión» y reproduce hasta el final.`)
};

const de_lesson_l03step21 = /** @type {(inputs: Lesson_L03step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beantworte die Frage, drücke dann genau an dieser Stelle „Verbindung trennen“ und spiel bis zum Ende ab.`)
};

/**
* | output |
* | --- |
* | "Answer the question, then press \"Drop connection\" there and play to the end." |
*
* @param {Lesson_L03step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03step21 = /** @type {((inputs?: Lesson_L03step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03step21(inputs)
	if (locale === "de") return de_lesson_l03step21(inputs)
	return en_lesson_l03step21(inputs)
});
export { lesson_l03step21 as "lesson_l03Step2" }