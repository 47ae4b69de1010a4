/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp2choiceflag3Inputs */

const en_lesson_l02cp2choiceflag3 = /** @type {(inputs: Lesson_L02cp2choiceflag3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop's RETR set a "read" flag on the server, which the phone ignores.`)
};

const es_lesson_l02cp2choiceflag3 = /** @type {(inputs: Lesson_L02cp2choiceflag3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El RETR del portátil puso en el servidor un indicador de «leído», que el móvil no tiene en cuenta.`)
};

const de_lesson_l02cp2choiceflag3 = /** @type {(inputs: Lesson_L02cp2choiceflag3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das RETR des Laptops hat auf dem Server eine Kennzeichnung „gelesen“ gesetzt, die das Handy nicht beachtet.`)
};

/**
* | output |
* | --- |
* | "The laptop's RETR set a \"read\" flag on the server, which the phone ignores." |
*
* @param {Lesson_L02cp2choiceflag3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp2choiceflag3 = /** @type {((inputs?: Lesson_L02cp2choiceflag3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp2choiceflag3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp2choiceflag3(inputs)
	if (locale === "de") return de_lesson_l02cp2choiceflag3(inputs)
	return en_lesson_l02cp2choiceflag3(inputs)
});
export { lesson_l02cp2choiceflag3 as "lesson_l02Cp2ChoiceFlag" }