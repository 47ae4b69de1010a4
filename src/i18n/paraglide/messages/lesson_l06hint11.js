/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06hint11Inputs */

const en_lesson_l06hint11 = /** @type {(inputs: Lesson_L06hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The protocol is the same POP3; only the client's behaviour changes.`)
};

const es_lesson_l06hint11 = /** @type {(inputs: Lesson_L06hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El protocolo es el mismo POP3; lo único que cambia es el comportamiento del cliente.`)
};

const de_lesson_l06hint11 = /** @type {(inputs: Lesson_L06hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Protokoll ist dasselbe POP3; nur das Verhalten des Clients ändert sich.`)
};

/**
* | output |
* | --- |
* | "The protocol is the same POP3; only the client's behaviour changes." |
*
* @param {Lesson_L06hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06hint11 = /** @type {((inputs?: Lesson_L06hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06hint11(inputs)
	if (locale === "de") return de_lesson_l06hint11(inputs)
	return en_lesson_l06hint11(inputs)
});
export { lesson_l06hint11 as "lesson_l06Hint1" }