/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1explanation2Inputs */

const en_lesson_l05cp1explanation2 = /** @type {(inputs: Lesson_L05cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client confirms first and writes later (commit order "unsafe"). Its copy is volatile until the write completes; the server cannot know, since DELE says nothing about the client's disk. A safe client writes and syncs the message first, then sends DELE.`)
};

const es_lesson_l05cp1explanation2 = /** @type {(inputs: Lesson_L05cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este cliente confirma primero y escribe después (orden de confirmación «inseguro»). Su copia es volátil hasta que termina la escritura; el servidor no puede saberlo, porque DELE no dice nada del disco del cliente. Un cliente seguro primero escribe el mensaje en disco y se asegura de que quede guardado, y solo entonces envía DELE.`)
};

const de_lesson_l05cp1explanation2 = /** @type {(inputs: Lesson_L05cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Client bestätigt zuerst und schreibt später (Reihenfolge beim Bestätigen: „unsicher“). Bis das Schreiben fertig ist, ist seine Kopie flüchtig; der Server kann das nicht wissen, denn DELE sagt nichts über die Festplatte des Clients. Ein sicherer Client schreibt die Nachricht zuerst auf die Festplatte, wartet, bis sie wirklich dort steht, und sendet erst dann DELE.`)
};

/**
* | output |
* | --- |
* | "This client confirms first and writes later (commit order \"unsafe\"). Its copy is volatile until the write completes; the server cannot know, since DELE says ..." |
*
* @param {Lesson_L05cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1explanation2 = /** @type {((inputs?: Lesson_L05cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l05cp1explanation2(inputs)
	return en_lesson_l05cp1explanation2(inputs)
});
export { lesson_l05cp1explanation2 as "lesson_l05Cp1Explanation" }