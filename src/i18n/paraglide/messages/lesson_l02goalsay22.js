/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02goalsay22Inputs */

const en_lesson_l02goalsay22 = /** @type {(inputs: Lesson_L02goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One device still misses mail that the other one has. Look at the Retention setting at the top.`)
};

const es_lesson_l02goalsay22 = /** @type {(inputs: Lesson_L02goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A un dispositivo todavía le falta correo que el otro sí tiene. Mira el ajuste Conservación, arriba.`)
};

const de_lesson_l02goalsay22 = /** @type {(inputs: Lesson_L02goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einem Gerät fehlt noch Mail, die das andere hat. Sieh dir oben die Einstellung Aufbewahrung an.`)
};

/**
* | output |
* | --- |
* | "One device still misses mail that the other one has. Look at the Retention setting at the top." |
*
* @param {Lesson_L02goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02goalsay22 = /** @type {((inputs?: Lesson_L02goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02goalsay22(inputs)
	if (locale === "de") return de_lesson_l02goalsay22(inputs)
	return en_lesson_l02goalsay22(inputs)
});
export { lesson_l02goalsay22 as "lesson_l02GoalSay2" }