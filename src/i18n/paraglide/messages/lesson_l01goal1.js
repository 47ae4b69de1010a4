/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goal1Inputs */

const en_lesson_l01goal1 = /** @type {(inputs: Lesson_L01goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in, list the maildrop, read message 1, delete it, and end the session.`)
};

const es_lesson_l01goal1 = /** @type {(inputs: Lesson_L01goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión, lista el buzón, lee el mensaje 1, bórralo y termina la sesión.`)
};

const de_lesson_l01goal1 = /** @type {(inputs: Lesson_L01goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich an, liste das Postfach auf, lies Nachricht 1, lösche sie und beende die Sitzung.`)
};

/**
* | output |
* | --- |
* | "Log in, list the maildrop, read message 1, delete it, and end the session." |
*
* @param {Lesson_L01goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goal1 = /** @type {((inputs?: Lesson_L01goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goal1(inputs)
	if (locale === "de") return de_lesson_l01goal1(inputs)
	return en_lesson_l01goal1(inputs)
});
export { lesson_l01goal1 as "lesson_l01Goal" }