/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14goalsay52Inputs */

const en_lesson_l14goalsay52 = /** @type {(inputs: Lesson_L14goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end: the new message should end up on the phone.`)
};

const es_lesson_l14goalsay52 = /** @type {(inputs: Lesson_L14goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final: el mensaje nuevo debería acabar en el móvil.`)
};

const de_lesson_l14goalsay52 = /** @type {(inputs: Lesson_L14goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen: Die neue Nachricht sollte auf dem Handy landen.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end: the new message should end up on the phone." |
*
* @param {Lesson_L14goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14goalsay52 = /** @type {((inputs?: Lesson_L14goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14goalsay52(inputs)
	if (locale === "de") return de_lesson_l14goalsay52(inputs)
	return en_lesson_l14goalsay52(inputs)
});
export { lesson_l14goalsay52 as "lesson_l14GoalSay5" }