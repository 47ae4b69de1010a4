/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2question2Inputs */

const en_lesson_l05cp2question2 = /** @type {(inputs: Lesson_L05cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has committed QUIT and removed the three messages. The laptop's copies are still only in memory. What happens if the laptop crashes now?`)
};

const es_lesson_l05cp2question2 = /** @type {(inputs: Lesson_L05cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor ha confirmado QUIT y ha eliminado los tres mensajes. Las copias del portátil siguen solo en memoria. ¿Qué pasa si el portátil se cuelga ahora?`)
};

const de_lesson_l05cp2question2 = /** @type {(inputs: Lesson_L05cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat QUIT festgeschrieben und die drei Nachrichten entfernt. Die Kopien des Laptops sind immer noch nur im Arbeitsspeicher. Was passiert, wenn der Laptop jetzt abstürzt?`)
};

/**
* | output |
* | --- |
* | "The server has committed QUIT and removed the three messages. The laptop's copies are still only in memory. What happens if the laptop crashes now?" |
*
* @param {Lesson_L05cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2question2 = /** @type {((inputs?: Lesson_L05cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2question2(inputs)
	if (locale === "de") return de_lesson_l05cp2question2(inputs)
	return en_lesson_l05cp2question2(inputs)
});
export { lesson_l05cp2question2 as "lesson_l05Cp2Question" }