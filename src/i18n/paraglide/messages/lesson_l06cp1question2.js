/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp1question2Inputs */

const en_lesson_l06cp1question2 = /** @type {(inputs: Lesson_L06cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop polls again. In leave-on-server mode it already has all three messages and remembers their UIDs. What will it download?`)
};

const es_lesson_l06cp1question2 = /** @type {(inputs: Lesson_L06cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil vuelve a consultar. Con «Dejar en el servidor» ya tiene los tres mensajes y recuerda sus UID. ¿Qué descargará?`)
};

const de_lesson_l06cp1question2 = /** @type {(inputs: Lesson_L06cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop ruft wieder ab. Im Modus „Auf dem Server lassen“ hat er schon alle drei Nachrichten und hat sich ihre UIDs gemerkt. Was wird er herunterladen?`)
};

/**
* | output |
* | --- |
* | "The laptop polls again. In leave-on-server mode it already has all three messages and remembers their UIDs. What will it download?" |
*
* @param {Lesson_L06cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp1question2 = /** @type {((inputs?: Lesson_L06cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp1question2(inputs)
	if (locale === "de") return de_lesson_l06cp1question2(inputs)
	return en_lesson_l06cp1question2(inputs)
});
export { lesson_l06cp1question2 as "lesson_l06Cp1Question" }