/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13goalsay22Inputs */

const en_lesson_l13goalsay22 = /** @type {(inputs: Lesson_L13goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The phone still misses mail the laptop took. Look at the Retention setting, and at the server.`)
};

const es_lesson_l13goalsay22 = /** @type {(inputs: Lesson_L13goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Al móvil todavía le falta el correo que se llevó el portátil. Mira el ajuste Conservación, y también el servidor.`)
};

const de_lesson_l13goalsay22 = /** @type {(inputs: Lesson_L13goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dem Handy fehlt noch Mail, die der Laptop mitgenommen hat. Sieh dir die Einstellung Aufbewahrung an, und den Server.`)
};

/**
* | output |
* | --- |
* | "The phone still misses mail the laptop took. Look at the Retention setting, and at the server." |
*
* @param {Lesson_L13goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13goalsay22 = /** @type {((inputs?: Lesson_L13goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13goalsay22(inputs)
	if (locale === "de") return de_lesson_l13goalsay22(inputs)
	return en_lesson_l13goalsay22(inputs)
});
export { lesson_l13goalsay22 as "lesson_l13GoalSay2" }