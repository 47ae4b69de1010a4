/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goalsay62Inputs */

const en_lesson_l01goalsay62 = /** @type {(inputs: Lesson_L01goalsay62Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete message 1 with DELE 1, then end the session properly with QUIT.`)
};

const es_lesson_l01goalsay62 = /** @type {(inputs: Lesson_L01goalsay62Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borra el mensaje 1 con DELE 1 y después termina la sesión como es debido, con QUIT.`)
};

const de_lesson_l01goalsay62 = /** @type {(inputs: Lesson_L01goalsay62Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösche Nachricht 1 mit DELE 1 und beende die Sitzung dann ordentlich mit QUIT.`)
};

/**
* | output |
* | --- |
* | "Delete message 1 with DELE 1, then end the session properly with QUIT." |
*
* @param {Lesson_L01goalsay62Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goalsay62 = /** @type {((inputs?: Lesson_L01goalsay62Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goalsay62Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goalsay62(inputs)
	if (locale === "de") return de_lesson_l01goalsay62(inputs)
	return en_lesson_l01goalsay62(inputs)
});
export { lesson_l01goalsay62 as "lesson_l01GoalSay6" }