/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07goal1Inputs */

const en_lesson_l07goal1 = /** @type {(inputs: Lesson_L07goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Without UIDL, get every message to the laptop exactly once.`)
};

const es_lesson_l07goal1 = /** @type {(inputs: Lesson_L07goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin UIDL, haz que cada mensaje llegue al portátil exactamente una vez.`)
};

const de_lesson_l07goal1 = /** @type {(inputs: Lesson_L07goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bring ohne UIDL jede Nachricht genau einmal auf den Laptop.`)
};

/**
* | output |
* | --- |
* | "Without UIDL, get every message to the laptop exactly once." |
*
* @param {Lesson_L07goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07goal1 = /** @type {((inputs?: Lesson_L07goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07goal1(inputs)
	if (locale === "de") return de_lesson_l07goal1(inputs)
	return en_lesson_l07goal1(inputs)
});
export { lesson_l07goal1 as "lesson_l07Goal" }