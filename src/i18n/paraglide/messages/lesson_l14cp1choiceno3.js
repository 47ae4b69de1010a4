/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp1choiceno3Inputs */

const en_lesson_l14cp1choiceno3 = /** @type {(inputs: Lesson_L14cp1choiceno3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No: the session works on the list it got at login; the message shows up at the next login.`)
};

const es_lesson_l14cp1choiceno3 = /** @type {(inputs: Lesson_L14cp1choiceno3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No: la sesión trabaja con la lista que obtuvo al iniciar sesión; el mensaje aparecerá en el siguiente inicio de sesión.`)
};

const de_lesson_l14cp1choiceno3 = /** @type {(inputs: Lesson_L14cp1choiceno3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nein: Die Sitzung arbeitet mit der Liste, die sie bei der Anmeldung bekommen hat; die Nachricht erscheint bei der nächsten Anmeldung.`)
};

/**
* | output |
* | --- |
* | "No: the session works on the list it got at login; the message shows up at the next login." |
*
* @param {Lesson_L14cp1choiceno3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp1choiceno3 = /** @type {((inputs?: Lesson_L14cp1choiceno3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp1choiceno3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp1choiceno3(inputs)
	if (locale === "de") return de_lesson_l14cp1choiceno3(inputs)
	return en_lesson_l14cp1choiceno3(inputs)
});
export { lesson_l14cp1choiceno3 as "lesson_l14Cp1ChoiceNo" }