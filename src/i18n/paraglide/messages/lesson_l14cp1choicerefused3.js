/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp1choicerefused3Inputs */

const en_lesson_l14cp1choicerefused3 = /** @type {(inputs: Lesson_L14cp1choicerefused3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No: the server refuses new mail while the maildrop is locked, and it bounces.`)
};

const es_lesson_l14cp1choicerefused3 = /** @type {(inputs: Lesson_L14cp1choicerefused3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No: el servidor rechaza el correo nuevo mientras el buzón está bloqueado, y se devuelve al remitente.`)
};

const de_lesson_l14cp1choicerefused3 = /** @type {(inputs: Lesson_L14cp1choicerefused3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nein: Der Server weist neue Mail ab, solange das Postfach gesperrt ist, und sie geht an den Absender zurück.`)
};

/**
* | output |
* | --- |
* | "No: the server refuses new mail while the maildrop is locked, and it bounces." |
*
* @param {Lesson_L14cp1choicerefused3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp1choicerefused3 = /** @type {((inputs?: Lesson_L14cp1choicerefused3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp1choicerefused3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp1choicerefused3(inputs)
	if (locale === "de") return de_lesson_l14cp1choicerefused3(inputs)
	return en_lesson_l14cp1choicerefused3(inputs)
});
export { lesson_l14cp1choicerefused3 as "lesson_l14Cp1ChoiceRefused" }