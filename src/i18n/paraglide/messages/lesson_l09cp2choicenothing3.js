/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2choicenothing3Inputs */

const en_lesson_l09cp2choicenothing3 = /** @type {(inputs: Lesson_L09cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: the digest login encrypts the session.`)
};

const es_lesson_l09cp2choicenothing3 = /** @type {(inputs: Lesson_L09cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: el inicio de sesión con resumen cifra la sesión.`)
};

const de_lesson_l09cp2choicenothing3 = /** @type {(inputs: Lesson_L09cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Die Anmeldung per Hash verschlüsselt die Sitzung.`)
};

/**
* | output |
* | --- |
* | "Nothing: the digest login encrypts the session." |
*
* @param {Lesson_L09cp2choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2choicenothing3 = /** @type {((inputs?: Lesson_L09cp2choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2choicenothing3(inputs)
	if (locale === "de") return de_lesson_l09cp2choicenothing3(inputs)
	return en_lesson_l09cp2choicenothing3(inputs)
});
export { lesson_l09cp2choicenothing3 as "lesson_l09Cp2ChoiceNothing" }