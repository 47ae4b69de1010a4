/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11goalsay12Inputs */

const en_lesson_l11goalsay12 = /** @type {(inputs: Lesson_L11goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solve it with the client's settings, not with faults: press Reset.`)
};

const es_lesson_l11goalsay12 = /** @type {(inputs: Lesson_L11goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resuélvelo con los ajustes del cliente, no con fallos: pulsa Reiniciar.`)
};

const de_lesson_l11goalsay12 = /** @type {(inputs: Lesson_L11goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löse es mit den Einstellungen des Clients, nicht mit Störungen: Drücke Zurücksetzen.`)
};

/**
* | output |
* | --- |
* | "Solve it with the client's settings, not with faults: press Reset." |
*
* @param {Lesson_L11goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11goalsay12 = /** @type {((inputs?: Lesson_L11goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11goalsay12(inputs)
	if (locale === "de") return de_lesson_l11goalsay12(inputs)
	return en_lesson_l11goalsay12(inputs)
});
export { lesson_l11goalsay12 as "lesson_l11GoalSay1" }