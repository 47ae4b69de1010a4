/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06goal1Inputs */

const en_lesson_l06goal1 = /** @type {(inputs: Lesson_L06goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Poll twice, keep every message on the server, and download each message only once.`)
};

const es_lesson_l06goal1 = /** @type {(inputs: Lesson_L06goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Consulta dos veces, deja todos los mensajes en el servidor y descarga cada mensaje una sola vez.`)
};

const de_lesson_l06goal1 = /** @type {(inputs: Lesson_L06goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ruf zweimal ab, lass jede Nachricht auf dem Server und lade jede Nachricht nur einmal herunter.`)
};

/**
* | output |
* | --- |
* | "Poll twice, keep every message on the server, and download each message only once." |
*
* @param {Lesson_L06goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06goal1 = /** @type {((inputs?: Lesson_L06goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06goal1(inputs)
	if (locale === "de") return de_lesson_l06goal1(inputs)
	return en_lesson_l06goal1(inputs)
});
export { lesson_l06goal1 as "lesson_l06Goal" }