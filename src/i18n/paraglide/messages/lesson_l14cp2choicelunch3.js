/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2choicelunch3Inputs */

const en_lesson_l14cp2choicelunch3 = /** @type {(inputs: Lesson_L14cp2choicelunch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Lunch on Friday?": message numbers belong to the message.`)
};

const es_lesson_l14cp2choicelunch3 = /** @type {(inputs: Lesson_L14cp2choicelunch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Lunch on Friday?»: los números de mensaje pertenecen al mensaje.`)
};

const de_lesson_l14cp2choicelunch3 = /** @type {(inputs: Lesson_L14cp2choicelunch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`„Lunch on Friday?“: Nachrichtennummern gehören zur Nachricht.`)
};

/**
* | output |
* | --- |
* | "\"Lunch on Friday?\": message numbers belong to the message." |
*
* @param {Lesson_L14cp2choicelunch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2choicelunch3 = /** @type {((inputs?: Lesson_L14cp2choicelunch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2choicelunch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2choicelunch3(inputs)
	if (locale === "de") return de_lesson_l14cp2choicelunch3(inputs)
	return en_lesson_l14cp2choicelunch3(inputs)
});
export { lesson_l14cp2choicelunch3 as "lesson_l14Cp2ChoiceLunch" }