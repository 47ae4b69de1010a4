/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15solution1Inputs */

const en_lesson_l15solution1 = /** @type {(inputs: Lesson_L15solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With "write to disk, then DELE" the laptop only confirms what is already durable, so by the time the server removes anything in UPDATE every copy is on disk: a crash there costs nothing, and the red cells are gone from the map. With "DELE as soon as it arrives" the server removes the messages while the only copies are still in memory.`)
};

const es_lesson_l15solution1 = /** @type {(inputs: Lesson_L15solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Con «escribir en disco y luego DELE», el portátil solo confirma lo que ya está en disco, así que, cuando el servidor elimina algo en UPDATE, todas las copias están en disco: un cuelgue ahí no cuesta nada, y las casillas rojas desaparecen del mapa. Con «DELE en cuanto llega», el servidor elimina los mensajes mientras las únicas copias siguen en memoria.`)
};

const de_lesson_l15solution1 = /** @type {(inputs: Lesson_L15solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit „erst auf die Festplatte, dann DELE“ bestätigt der Laptop nur, was schon dauerhaft gespeichert ist; wenn der Server in UPDATE etwas entfernt, liegt also jede Kopie schon auf der Festplatte: Ein Absturz dort kostet nichts, und die roten Zellen verschwinden aus der Karte. Mit „DELE, sobald sie angekommen ist“ entfernt der Server die Nachrichten, während die einzigen Kopien noch im Arbeitsspeicher sind.`)
};

/**
* | output |
* | --- |
* | "With \"write to disk, then DELE\" the laptop only confirms what is already durable, so by the time the server removes anything in UPDATE every copy is on disk:..." |
*
* @param {Lesson_L15solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15solution1 = /** @type {((inputs?: Lesson_L15solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15solution1(inputs)
	if (locale === "de") return de_lesson_l15solution1(inputs)
	return en_lesson_l15solution1(inputs)
});
export { lesson_l15solution1 as "lesson_l15Solution" }