/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05solution1Inputs */

const en_lesson_l05solution1 = /** @type {(inputs: Lesson_L05solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crash the client right after the server answers QUIT. The server removed the messages in UPDATE; the only copies were in the client's memory, so they are lost.`)
};

const es_lesson_l05solution1 = /** @type {(inputs: Lesson_L05solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuelga el cliente justo después de que el servidor responda a QUIT. El servidor eliminó los mensajes en UPDATE; las únicas copias estaban en la memoria del cliente, así que se pierden.`)
};

const de_lesson_l05solution1 = /** @type {(inputs: Lesson_L05solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Client direkt abstürzen, nachdem der Server QUIT beantwortet hat. Der Server hat die Nachrichten in UPDATE entfernt; die einzigen Kopien lagen im Arbeitsspeicher des Clients, also sind sie verloren.`)
};

/**
* | output |
* | --- |
* | "Crash the client right after the server answers QUIT. The server removed the messages in UPDATE; the only copies were in the client's memory, so they are lost." |
*
* @param {Lesson_L05solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05solution1 = /** @type {((inputs?: Lesson_L05solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05solution1(inputs)
	if (locale === "de") return de_lesson_l05solution1(inputs)
	return en_lesson_l05solution1(inputs)
});
export { lesson_l05solution1 as "lesson_l05Solution" }