/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp2choicenothing3Inputs */

const en_lesson_l07cp2choicenothing3 = /** @type {(inputs: Lesson_L07cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only mail that arrived since: whatever it downloaded is no longer on the server.`)
};

const es_lesson_l07cp2choicenothing3 = /** @type {(inputs: Lesson_L07cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo el correo que haya llegado desde entonces: lo que descargó ya no está en el servidor.`)
};

const de_lesson_l07cp2choicenothing3 = /** @type {(inputs: Lesson_L07cp2choicenothing3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Mail, die seitdem angekommen ist: Was er heruntergeladen hat, ist nicht mehr auf dem Server.`)
};

/**
* | output |
* | --- |
* | "Only mail that arrived since: whatever it downloaded is no longer on the server." |
*
* @param {Lesson_L07cp2choicenothing3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp2choicenothing3 = /** @type {((inputs?: Lesson_L07cp2choicenothing3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp2choicenothing3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp2choicenothing3(inputs)
	if (locale === "de") return de_lesson_l07cp2choicenothing3(inputs)
	return en_lesson_l07cp2choicenothing3(inputs)
});
export { lesson_l07cp2choicenothing3 as "lesson_l07Cp2ChoiceNothing" }