/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01scenariosummary2Inputs */

const en_lesson_l01scenariosummary2 = /** @type {(inputs: Lesson_L01scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Three messages wait for alice (password tanstaaf). The terminal is the only client.`)
};

const es_lesson_l01scenariosummary2 = /** @type {(inputs: Lesson_L01scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tres mensajes esperan a alice (contraseña tanstaaf). El terminal es el único cliente.`)
};

const de_lesson_l01scenariosummary2 = /** @type {(inputs: Lesson_L01scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drei Nachrichten warten auf alice (Passwort tanstaaf). Das Terminal ist der einzige Client.`)
};

/**
* | output |
* | --- |
* | "Three messages wait for alice (password tanstaaf). The terminal is the only client." |
*
* @param {Lesson_L01scenariosummary2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01scenariosummary2 = /** @type {((inputs?: Lesson_L01scenariosummary2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01scenariosummary2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01scenariosummary2(inputs)
	if (locale === "de") return de_lesson_l01scenariosummary2(inputs)
	return en_lesson_l01scenariosummary2(inputs)
});
export { lesson_l01scenariosummary2 as "lesson_l01ScenarioSummary" }