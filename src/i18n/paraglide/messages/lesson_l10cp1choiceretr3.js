/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp1choiceretr3Inputs */

const en_lesson_l10cp1choiceretr3 = /** @type {(inputs: Lesson_L10cp1choiceretr3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes: RETR read the mailbox and left it on the server.`)
};

const es_lesson_l10cp1choiceretr3 = /** @type {(inputs: Lesson_L10cp1choiceretr3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sí: RETR leía el buzón y lo dejaba en el servidor.`)
};

const de_lesson_l10cp1choiceretr3 = /** @type {(inputs: Lesson_L10cp1choiceretr3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ja: RETR las das Postfach und ließ es auf dem Server.`)
};

/**
* | output |
* | --- |
* | "Yes: RETR read the mailbox and left it on the server." |
*
* @param {Lesson_L10cp1choiceretr3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp1choiceretr3 = /** @type {((inputs?: Lesson_L10cp1choiceretr3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp1choiceretr3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp1choiceretr3(inputs)
	if (locale === "de") return de_lesson_l10cp1choiceretr3(inputs)
	return en_lesson_l10cp1choiceretr3(inputs)
});
export { lesson_l10cp1choiceretr3 as "lesson_l10Cp1ChoiceRetr" }