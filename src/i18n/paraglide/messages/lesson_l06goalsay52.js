/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06goalsay52Inputs */

const en_lesson_l06goalsay52 = /** @type {(inputs: Lesson_L06goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A message was downloaded twice: the second poll should fetch only what is new.`)
};

const es_lesson_l06goalsay52 = /** @type {(inputs: Lesson_L06goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un mensaje se descargó dos veces: la segunda consulta solo debería traer lo nuevo.`)
};

const de_lesson_l06goalsay52 = /** @type {(inputs: Lesson_L06goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Nachricht wurde zweimal heruntergeladen: Der zweite Abruf sollte nur Neues holen.`)
};

/**
* | output |
* | --- |
* | "A message was downloaded twice: the second poll should fetch only what is new." |
*
* @param {Lesson_L06goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06goalsay52 = /** @type {((inputs?: Lesson_L06goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06goalsay52(inputs)
	if (locale === "de") return de_lesson_l06goalsay52(inputs)
	return en_lesson_l06goalsay52(inputs)
});
export { lesson_l06goalsay52 as "lesson_l06GoalSay5" }