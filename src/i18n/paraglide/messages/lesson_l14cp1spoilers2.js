/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp1spoilers2Inputs */

const en_lesson_l14cp1spoilers2 = /** @type {(inputs: Lesson_L14cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`next login | list it got at login | numbers the messages at login`)
};

const es_lesson_l14cp1spoilers2 = /** @type {(inputs: Lesson_L14cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`siguiente inicio de sesión | lista que obtuvo | numera los mensajes al iniciar`)
};

const de_lesson_l14cp1spoilers2 = /** @type {(inputs: Lesson_L14cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nächsten Anmeldung | Liste, die sie bei der Anmeldung | nummeriert die Nachrichten bei der Anmeldung`)
};

/**
* | output |
* | --- |
* | "next login \| list it got at login \| numbers the messages at login" |
*
* @param {Lesson_L14cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp1spoilers2 = /** @type {((inputs?: Lesson_L14cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l14cp1spoilers2(inputs)
	return en_lesson_l14cp1spoilers2(inputs)
});
export { lesson_l14cp1spoilers2 as "lesson_l14Cp1Spoilers" }