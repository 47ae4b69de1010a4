/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06goalsay22Inputs */

const en_lesson_l06goalsay22 = /** @type {(inputs: Lesson_L06goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop should remember each message it saved: that happens only when it leaves mail on the server.`)
};

const es_lesson_l06goalsay22 = /** @type {(inputs: Lesson_L06goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil debería recordar cada mensaje que ha guardado: eso solo ocurre cuando deja el correo en el servidor.`)
};

const de_lesson_l06goalsay22 = /** @type {(inputs: Lesson_L06goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop sollte sich jede Nachricht merken, die er gespeichert hat: Das tut er nur, wenn er Mail auf dem Server lässt.`)
};

/**
* | output |
* | --- |
* | "The laptop should remember each message it saved: that happens only when it leaves mail on the server." |
*
* @param {Lesson_L06goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06goalsay22 = /** @type {((inputs?: Lesson_L06goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06goalsay22(inputs)
	if (locale === "de") return de_lesson_l06goalsay22(inputs)
	return en_lesson_l06goalsay22(inputs)
});
export { lesson_l06goalsay22 as "lesson_l06GoalSay2" }