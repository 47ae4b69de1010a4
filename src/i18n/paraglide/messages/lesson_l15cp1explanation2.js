/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1explanation2Inputs */

const en_lesson_l15cp1explanation2 = /** @type {(inputs: Lesson_L15cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before QUIT the server has only marked the messages (RFC 1939 §6), so a crash there costs nothing: the marks are dropped and the next poll downloads the messages again. Once the server has processed QUIT it removes them in UPDATE; this laptop confirmed before its copies were durable, so until the disk catches up the only copies are in its memory. The fault map shows exactly that stretch in red.`)
};

const es_lesson_l15cp1explanation2 = /** @type {(inputs: Lesson_L15cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Antes de QUIT, el servidor solo ha marcado los mensajes (RFC 1939 §6), así que un cuelgue ahí no cuesta nada: las marcas se descartan y la siguiente consulta vuelve a descargar los mensajes. En cuanto el servidor procesa QUIT, los elimina en UPDATE; este portátil confirmó antes de que sus copias estuvieran en disco, así que, hasta que el disco se pone al día, las únicas copias están en su memoria. El mapa de fallos muestra en rojo justo ese tramo.`)
};

const de_lesson_l15cp1explanation2 = /** @type {(inputs: Lesson_L15cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vor QUIT hat der Server die Nachrichten nur markiert (RFC 1939 §6); ein Absturz dort kostet also nichts: Die Markierungen verfallen, und der nächste Abruf lädt die Nachrichten noch einmal herunter. Sobald der Server QUIT verarbeitet, entfernt er sie in UPDATE; dieser Laptop hat bestätigt, bevor seine Kopien dauerhaft gespeichert waren, also liegen die einzigen Kopien in seinem Arbeitsspeicher, bis die Festplatte aufgeholt hat. Genau diesen Abschnitt zeigt die Störungskarte rot.`)
};

/**
* | output |
* | --- |
* | "Before QUIT the server has only marked the messages (RFC 1939 §6), so a crash there costs nothing: the marks are dropped and the next poll downloads the mess..." |
*
* @param {Lesson_L15cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1explanation2 = /** @type {((inputs?: Lesson_L15cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l15cp1explanation2(inputs)
	return en_lesson_l15cp1explanation2(inputs)
});
export { lesson_l15cp1explanation2 as "lesson_l15Cp1Explanation" }