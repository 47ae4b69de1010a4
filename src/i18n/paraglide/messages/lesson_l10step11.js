/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10step11Inputs */

const en_lesson_l10step11 = /** @type {(inputs: Lesson_L10step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the POP1 session and watch the commands the client sends.`)
};

const es_lesson_l10step11 = /** @type {(inputs: Lesson_L10step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la sesión POP1 y fíjate en las órdenes que envía el cliente.`)
};

const de_lesson_l10step11 = /** @type {(inputs: Lesson_L10step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel die POP1-Sitzung ab und achte auf die Befehle, die der Client sendet.`)
};

/**
* | output |
* | --- |
* | "Play the POP1 session and watch the commands the client sends." |
*
* @param {Lesson_L10step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10step11 = /** @type {((inputs?: Lesson_L10step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10step11(inputs)
	if (locale === "de") return de_lesson_l10step11(inputs)
	return en_lesson_l10step11(inputs)
});
export { lesson_l10step11 as "lesson_l10Step1" }