/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14goal1Inputs */

const en_lesson_l14goal1 = /** @type {(inputs: Lesson_L14goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Without faults, let the new message reach the phone, with nothing lost.`)
};

const es_lesson_l14goal1 = /** @type {(inputs: Lesson_L14goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin fallos, haz que el mensaje nuevo llegue al móvil sin perder nada.`)
};

const de_lesson_l14goal1 = /** @type {(inputs: Lesson_L14goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bring ohne Störungen die neue Nachricht auf das Handy, ohne dass etwas verloren geht.`)
};

/**
* | output |
* | --- |
* | "Without faults, let the new message reach the phone, with nothing lost." |
*
* @param {Lesson_L14goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14goal1 = /** @type {((inputs?: Lesson_L14goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14goal1(inputs)
	if (locale === "de") return de_lesson_l14goal1(inputs)
	return en_lesson_l14goal1(inputs)
});
export { lesson_l14goal1 as "lesson_l14Goal" }