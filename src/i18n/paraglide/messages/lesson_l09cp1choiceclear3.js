/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp1choiceclear3Inputs */

const en_lesson_l09cp1choiceclear3 = /** @type {(inputs: Lesson_L09cp1choiceclear3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The password itself, exactly as typed.`)
};

const es_lesson_l09cp1choiceclear3 = /** @type {(inputs: Lesson_L09cp1choiceclear3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La contraseña misma, exactamente como la escribiste.`)
};

const de_lesson_l09cp1choiceclear3 = /** @type {(inputs: Lesson_L09cp1choiceclear3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Passwort selbst, genau so, wie es eingetippt wurde.`)
};

/**
* | output |
* | --- |
* | "The password itself, exactly as typed." |
*
* @param {Lesson_L09cp1choiceclear3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp1choiceclear3 = /** @type {((inputs?: Lesson_L09cp1choiceclear3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp1choiceclear3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp1choiceclear3(inputs)
	if (locale === "de") return de_lesson_l09cp1choiceclear3(inputs)
	return en_lesson_l09cp1choiceclear3(inputs)
});
export { lesson_l09cp1choiceclear3 as "lesson_l09Cp1ChoiceClear" }