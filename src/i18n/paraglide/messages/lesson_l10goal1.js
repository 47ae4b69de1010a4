/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10goal1Inputs */

const en_lesson_l10goal1 = /** @type {(inputs: Lesson_L10goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find out, with the Retention setting, whether the 1984 POP1 could leave mail on the server.`)
};

const es_lesson_l10goal1 = /** @type {(inputs: Lesson_L10goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Averigua, con el ajuste de Conservación, si el POP1 de 1984 podía dejar el correo en el servidor.`)
};

const de_lesson_l10goal1 = /** @type {(inputs: Lesson_L10goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finde mit der Einstellung Aufbewahrung heraus, ob das POP1 von 1984 Mail auf dem Server lassen konnte.`)
};

/**
* | output |
* | --- |
* | "Find out, with the Retention setting, whether the 1984 POP1 could leave mail on the server." |
*
* @param {Lesson_L10goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10goal1 = /** @type {((inputs?: Lesson_L10goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10goal1(inputs)
	if (locale === "de") return de_lesson_l10goal1(inputs)
	return en_lesson_l10goal1(inputs)
});
export { lesson_l10goal1 as "lesson_l10Goal" }