/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimmultidevicegoalsay15Inputs */

const en_lesson_l10claimmultidevicegoalsay15 = /** @type {(inputs: Lesson_L10claimmultidevicegoalsay15Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end, past the phone's poll.`)
};

const es_lesson_l10claimmultidevicegoalsay15 = /** @type {(inputs: Lesson_L10claimmultidevicegoalsay15Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la ejecución hasta el final, más allá de la consulta del móvil.`)
};

const de_lesson_l10claimmultidevicegoalsay15 = /** @type {(inputs: Lesson_L10claimmultidevicegoalsay15Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel den Durchlauf bis zum Ende ab, über den Abruf des Handys hinaus.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end, past the phone's poll." |
*
* @param {Lesson_L10claimmultidevicegoalsay15Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimmultidevicegoalsay15 = /** @type {((inputs?: Lesson_L10claimmultidevicegoalsay15Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimmultidevicegoalsay15Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimmultidevicegoalsay15(inputs)
	if (locale === "de") return de_lesson_l10claimmultidevicegoalsay15(inputs)
	return en_lesson_l10claimmultidevicegoalsay15(inputs)
});
export { lesson_l10claimmultidevicegoalsay15 as "lesson_l10ClaimMultiDeviceGoalSay1" }