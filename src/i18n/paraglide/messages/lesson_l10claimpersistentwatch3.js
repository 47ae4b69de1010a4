/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimpersistentwatch3Inputs */

const en_lesson_l10claimpersistentwatch3 = /** @type {(inputs: Lesson_L10claimpersistentwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Count the commands on one connection, then watch what the server does when the client stays silent.`)
};

const es_lesson_l10claimpersistentwatch3 = /** @type {(inputs: Lesson_L10claimpersistentwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuenta las órdenes de una sola conexión y luego mira qué hace el servidor cuando el cliente se queda callado.`)
};

const de_lesson_l10claimpersistentwatch3 = /** @type {(inputs: Lesson_L10claimpersistentwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zähle die Befehle auf einer Verbindung und sieh dann, was der Server tut, wenn der Client schweigt.`)
};

/**
* | output |
* | --- |
* | "Count the commands on one connection, then watch what the server does when the client stays silent." |
*
* @param {Lesson_L10claimpersistentwatch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimpersistentwatch3 = /** @type {((inputs?: Lesson_L10claimpersistentwatch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimpersistentwatch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimpersistentwatch3(inputs)
	if (locale === "de") return de_lesson_l10claimpersistentwatch3(inputs)
	return en_lesson_l10claimpersistentwatch3(inputs)
});
export { lesson_l10claimpersistentwatch3 as "lesson_l10ClaimPersistentWatch" }