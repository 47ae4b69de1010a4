/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10step31Inputs */

const en_lesson_l10step31 = /** @type {(inputs: Lesson_L10step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Then go through the claims: predict, press "Watch on the stage", press Play, and compare.`)
};

const es_lesson_l10step31 = /** @type {(inputs: Lesson_L10step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Después recorre las afirmaciones: predice, pulsa «Verlo en la escena», pulsa Reproducir y compara.`)
};

const de_lesson_l10step31 = /** @type {(inputs: Lesson_L10step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh dann die Behauptungen durch: vorhersagen, „Auf der Bühne ansehen“ drücken, Abspielen drücken und vergleichen.`)
};

/**
* | output |
* | --- |
* | "Then go through the claims: predict, press \"Watch on the stage\", press Play, and compare." |
*
* @param {Lesson_L10step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10step31 = /** @type {((inputs?: Lesson_L10step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10step31(inputs)
	if (locale === "de") return de_lesson_l10step31(inputs)
	return en_lesson_l10step31(inputs)
});
export { lesson_l10step31 as "lesson_l10Step3" }