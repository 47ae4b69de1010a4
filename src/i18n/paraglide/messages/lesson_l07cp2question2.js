/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp2question2Inputs */

const en_lesson_l07cp2question2 = /** @type {(inputs: Lesson_L07cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In this run the same client deletes on download: it is about to send DELE 1 for a message it has stored. What will its second poll download?`)
};

const es_lesson_l07cp2question2 = /** @type {(inputs: Lesson_L07cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En esta ejecución el mismo cliente borra al descargar: está a punto de enviar DELE 1 por un mensaje que ya ha guardado. ¿Qué descargará su segunda consulta?`)
};

const de_lesson_l07cp2question2 = /** @type {(inputs: Lesson_L07cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In diesem Durchlauf löscht derselbe Client beim Abrufen: Er wird gleich DELE 1 für eine Nachricht senden, die er gespeichert hat. Was wird sein zweiter Abruf herunterladen?`)
};

/**
* | output |
* | --- |
* | "In this run the same client deletes on download: it is about to send DELE 1 for a message it has stored. What will its second poll download?" |
*
* @param {Lesson_L07cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp2question2 = /** @type {((inputs?: Lesson_L07cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp2question2(inputs)
	if (locale === "de") return de_lesson_l07cp2question2(inputs)
	return en_lesson_l07cp2question2(inputs)
});
export { lesson_l07cp2question2 as "lesson_l07Cp2Question" }