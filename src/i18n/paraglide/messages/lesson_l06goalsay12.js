/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06goalsay12Inputs */

const en_lesson_l06goalsay12 = /** @type {(inputs: Lesson_L06goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep the messages on the server: look at the Retention setting.`)
};

const es_lesson_l06goalsay12 = /** @type {(inputs: Lesson_L06goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja los mensajes en el servidor: fíjate en el ajuste Conservación.`)
};

const de_lesson_l06goalsay12 = /** @type {(inputs: Lesson_L06goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass die Nachrichten auf dem Server: Sieh dir die Einstellung Aufbewahrung an.`)
};

/**
* | output |
* | --- |
* | "Keep the messages on the server: look at the Retention setting." |
*
* @param {Lesson_L06goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06goalsay12 = /** @type {((inputs?: Lesson_L06goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06goalsay12(inputs)
	if (locale === "de") return de_lesson_l06goalsay12(inputs)
	return en_lesson_l06goalsay12(inputs)
});
export { lesson_l06goalsay12 as "lesson_l06GoalSay1" }