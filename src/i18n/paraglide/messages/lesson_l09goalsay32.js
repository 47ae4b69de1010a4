/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09goalsay32Inputs */

const en_lesson_l09goalsay32 = /** @type {(inputs: Lesson_L09goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The password still crosses the channel as typed. Change how the laptop logs in.`)
};

const es_lesson_l09goalsay32 = /** @type {(inputs: Lesson_L09goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La contraseña sigue cruzando el canal tal como se escribió. Cambia la forma en que el portátil inicia sesión.`)
};

const de_lesson_l09goalsay32 = /** @type {(inputs: Lesson_L09goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Passwort geht immer noch so über den Kanal, wie es eingetippt wurde. Ändere, wie sich der Laptop anmeldet.`)
};

/**
* | output |
* | --- |
* | "The password still crosses the channel as typed. Change how the laptop logs in." |
*
* @param {Lesson_L09goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09goalsay32 = /** @type {((inputs?: Lesson_L09goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09goalsay32(inputs)
	if (locale === "de") return de_lesson_l09goalsay32(inputs)
	return en_lesson_l09goalsay32(inputs)
});
export { lesson_l09goalsay32 as "lesson_l09GoalSay3" }