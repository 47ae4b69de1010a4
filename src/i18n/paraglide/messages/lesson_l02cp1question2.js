/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp1question2Inputs */

const en_lesson_l02cp1question2 = /** @type {(inputs: Lesson_L02cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop is about to send QUIT. With delete on download, what will the phone find when it polls later?`)
};

const es_lesson_l02cp1question2 = /** @type {(inputs: Lesson_L02cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil está a punto de enviar QUIT. Si los dos borran al descargar, ¿qué encontrará el móvil cuando consulte más tarde?`)
};

const de_lesson_l02cp1question2 = /** @type {(inputs: Lesson_L02cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop sendet gleich QUIT. Beide Geräte löschen beim Abrufen: Was findet das Handy vor, wenn es später abruft?`)
};

/**
* | output |
* | --- |
* | "The laptop is about to send QUIT. With delete on download, what will the phone find when it polls later?" |
*
* @param {Lesson_L02cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp1question2 = /** @type {((inputs?: Lesson_L02cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp1question2(inputs)
	if (locale === "de") return de_lesson_l02cp1question2(inputs)
	return en_lesson_l02cp1question2(inputs)
});
export { lesson_l02cp1question2 as "lesson_l02Cp1Question" }