/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimmultidevicegoal4Inputs */

const en_lesson_l10claimmultidevicegoal4 = /** @type {(inputs: Lesson_L10claimmultidevicegoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With delete on download, the phone never gets the mail the laptop took.`)
};

const es_lesson_l10claimmultidevicegoal4 = /** @type {(inputs: Lesson_L10claimmultidevicegoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si se borra al descargar, el móvil nunca recibe el correo que se llevó el portátil.`)
};

const de_lesson_l10claimmultidevicegoal4 = /** @type {(inputs: Lesson_L10claimmultidevicegoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird beim Abrufen gelöscht, bekommt das Handy nie die Mail, die der Laptop geholt hat.`)
};

/**
* | output |
* | --- |
* | "With delete on download, the phone never gets the mail the laptop took." |
*
* @param {Lesson_L10claimmultidevicegoal4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimmultidevicegoal4 = /** @type {((inputs?: Lesson_L10claimmultidevicegoal4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimmultidevicegoal4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimmultidevicegoal4(inputs)
	if (locale === "de") return de_lesson_l10claimmultidevicegoal4(inputs)
	return en_lesson_l10claimmultidevicegoal4(inputs)
});
export { lesson_l10claimmultidevicegoal4 as "lesson_l10ClaimMultiDeviceGoal" }