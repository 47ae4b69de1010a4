/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp2choicehalf3Inputs */

const en_lesson_l07cp2choicehalf3 = /** @type {(inputs: Lesson_L07cp2choicehalf3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The messages whose DELE the server refused.`)
};

const es_lesson_l07cp2choicehalf3 = /** @type {(inputs: Lesson_L07cp2choicehalf3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los mensajes cuyo DELE rechazó el servidor.`)
};

const de_lesson_l07cp2choicehalf3 = /** @type {(inputs: Lesson_L07cp2choicehalf3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Nachrichten, deren DELE der Server abgelehnt hat.`)
};

/**
* | output |
* | --- |
* | "The messages whose DELE the server refused." |
*
* @param {Lesson_L07cp2choicehalf3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp2choicehalf3 = /** @type {((inputs?: Lesson_L07cp2choicehalf3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp2choicehalf3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp2choicehalf3(inputs)
	if (locale === "de") return de_lesson_l07cp2choicehalf3(inputs)
	return en_lesson_l07cp2choicehalf3(inputs)
});
export { lesson_l07cp2choicehalf3 as "lesson_l07Cp2ChoiceHalf" }