/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01hint11Inputs */

const en_lesson_l01hint11 = /** @type {(inputs: Lesson_L01hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commands are case-insensitive, but the argument of USER is the user name: alice.`)
};

const es_lesson_l01hint11 = /** @type {(inputs: Lesson_L01hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da igual escribir las órdenes en mayúsculas o en minúsculas, pero el argumento de USER es el nombre de usuario: alice.`)
};

const de_lesson_l01hint11 = /** @type {(inputs: Lesson_L01hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei Befehlen ist Groß- und Kleinschreibung egal, aber das Argument von USER ist der Benutzername: alice.`)
};

/**
* | output |
* | --- |
* | "Commands are case-insensitive, but the argument of USER is the user name: alice." |
*
* @param {Lesson_L01hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01hint11 = /** @type {((inputs?: Lesson_L01hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01hint11(inputs)
	if (locale === "de") return de_lesson_l01hint11(inputs)
	return en_lesson_l01hint11(inputs)
});
export { lesson_l01hint11 as "lesson_l01Hint1" }