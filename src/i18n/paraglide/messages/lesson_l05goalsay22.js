/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05goalsay22Inputs */

const en_lesson_l05goalsay22 = /** @type {(inputs: Lesson_L05goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No mail was lost: the crash came at a harmless moment. Try right after the server has answered QUIT.`)
};

const es_lesson_l05goalsay22 = /** @type {(inputs: Lesson_L05goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se perdió ningún correo: el cuelgue llegó en un momento inofensivo. Prueba justo después de que el servidor responda a QUIT.`)
};

const de_lesson_l05goalsay22 = /** @type {(inputs: Lesson_L05goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es ist keine Mail verloren gegangen: Der Absturz kam in einem harmlosen Moment. Versuch es direkt, nachdem der Server QUIT beantwortet hat.`)
};

/**
* | output |
* | --- |
* | "No mail was lost: the crash came at a harmless moment. Try right after the server has answered QUIT." |
*
* @param {Lesson_L05goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05goalsay22 = /** @type {((inputs?: Lesson_L05goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05goalsay22(inputs)
	if (locale === "de") return de_lesson_l05goalsay22(inputs)
	return en_lesson_l05goalsay22(inputs)
});
export { lesson_l05goalsay22 as "lesson_l05GoalSay2" }