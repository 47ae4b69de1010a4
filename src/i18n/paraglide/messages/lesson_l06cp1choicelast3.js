/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp1choicelast3Inputs */

const en_lesson_l06cp1choicelast3 = /** @type {(inputs: Lesson_L06cp1choicelast3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the last message, found with the LAST command.`)
};

const es_lesson_l06cp1choicelast3 = /** @type {(inputs: Lesson_L06cp1choicelast3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo el último mensaje, que encuentra con la orden LAST.`)
};

const de_lesson_l06cp1choicelast3 = /** @type {(inputs: Lesson_L06cp1choicelast3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur die letzte Nachricht, gefunden mit dem Befehl LAST.`)
};

/**
* | output |
* | --- |
* | "Only the last message, found with the LAST command." |
*
* @param {Lesson_L06cp1choicelast3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp1choicelast3 = /** @type {((inputs?: Lesson_L06cp1choicelast3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp1choicelast3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp1choicelast3(inputs)
	if (locale === "de") return de_lesson_l06cp1choicelast3(inputs)
	return en_lesson_l06cp1choicelast3(inputs)
});
export { lesson_l06cp1choicelast3 as "lesson_l06Cp1ChoiceLast" }