/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08solution1Inputs */

const en_lesson_l08solution1 = /** @type {(inputs: Lesson_L08solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose POP1. The client sends RDEL (read and delete), RCEV to receive the block, and RCVD; the server deletes on RCVD (RFC 918 "The Protocol").`)
};

const es_lesson_l08solution1 = /** @type {(inputs: Lesson_L08solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige POP1. El cliente envía RDEL (leer y borrar), RCEV para recibir el bloque y RCVD; el servidor borra al recibir RCVD (RFC 918, apartado "The Protocol").`)
};

const de_lesson_l08solution1 = /** @type {(inputs: Lesson_L08solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle POP1. Der Client sendet RDEL (lesen und löschen), RCEV, um den Block zu empfangen, und RCVD; der Server löscht bei RCVD (RFC 918, Abschnitt "The Protocol").`)
};

/**
* | output |
* | --- |
* | "Choose POP1. The client sends RDEL (read and delete), RCEV to receive the block, and RCVD; the server deletes on RCVD (RFC 918 \"The Protocol\")." |
*
* @param {Lesson_L08solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08solution1 = /** @type {((inputs?: Lesson_L08solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08solution1(inputs)
	if (locale === "de") return de_lesson_l08solution1(inputs)
	return en_lesson_l08solution1(inputs)
});
export { lesson_l08solution1 as "lesson_l08Solution" }