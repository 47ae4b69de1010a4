/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1choicesame3Inputs */

const en_lesson_l13cp1choicesame3 = /** @type {(inputs: Lesson_L13cp1choicesame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same: download it and delete it from the server.`)
};

const es_lesson_l13cp1choicesame3 = /** @type {(inputs: Lesson_L13cp1choicesame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo mismo: descargarlo y borrarlo del servidor.`)
};

const de_lesson_l13cp1choicesame3 = /** @type {(inputs: Lesson_L13cp1choicesame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dasselbe: sie herunterladen und vom Server löschen.`)
};

/**
* | output |
* | --- |
* | "The same: download it and delete it from the server." |
*
* @param {Lesson_L13cp1choicesame3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp1choicesame3 = /** @type {((inputs?: Lesson_L13cp1choicesame3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp1choicesame3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp1choicesame3(inputs)
	if (locale === "de") return de_lesson_l13cp1choicesame3(inputs)
	return en_lesson_l13cp1choicesame3(inputs)
});
export { lesson_l13cp1choicesame3 as "lesson_l13Cp1ChoiceSame" }