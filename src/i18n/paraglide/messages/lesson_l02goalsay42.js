/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02goalsay42Inputs */

const en_lesson_l02goalsay42 = /** @type {(inputs: Lesson_L02goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end so that every message reaches a device.`)
};

const es_lesson_l02goalsay42 = /** @type {(inputs: Lesson_L02goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final para que cada mensaje llegue a un dispositivo.`)
};

const de_lesson_l02goalsay42 = /** @type {(inputs: Lesson_L02goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen, damit jede Nachricht bei einem Gerät ankommt.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end so that every message reaches a device." |
*
* @param {Lesson_L02goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02goalsay42 = /** @type {((inputs?: Lesson_L02goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02goalsay42(inputs)
	if (locale === "de") return de_lesson_l02goalsay42(inputs)
	return en_lesson_l02goalsay42(inputs)
});
export { lesson_l02goalsay42 as "lesson_l02GoalSay4" }