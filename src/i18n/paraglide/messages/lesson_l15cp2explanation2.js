/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2explanation2Inputs */

const en_lesson_l15cp2explanation2 = /** @type {(inputs: Lesson_L15cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A client should confirm only what it has made durable: write and sync the message, then DELE. Then whatever the server removes in UPDATE is already on the disk, and the map's red stretch disappears. The price is duplicates: a crash before QUIT now leaves copies on the disk, and the next poll downloads the same messages again (RFC 1939 §6, §8).`)
};

const es_lesson_l15cp2explanation2 = /** @type {(inputs: Lesson_L15cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente debe confirmar solo lo que ya ha guardado en disco: escribir el mensaje y sincronizarlo, y después DELE. Así, todo lo que el servidor elimine en UPDATE ya está en el disco, y el tramo rojo del mapa desaparece. El precio son los duplicados: un cuelgue antes de QUIT deja ahora copias en el disco, y la siguiente consulta vuelve a descargar los mismos mensajes (RFC 1939 §6, §8).`)
};

const de_lesson_l15cp2explanation2 = /** @type {(inputs: Lesson_L15cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Client sollte nur bestätigen, was er dauerhaft gespeichert hat: die Nachricht schreiben und auf die Platte synchronisieren, dann DELE. Dann liegt alles, was der Server in UPDATE entfernt, schon auf der Festplatte, und der rote Abschnitt der Karte verschwindet. Der Preis sind Doppelte: Ein Absturz vor QUIT hinterlässt jetzt Kopien auf der Festplatte, und der nächste Abruf lädt dieselben Nachrichten noch einmal herunter (RFC 1939 §6, §8).`)
};

/**
* | output |
* | --- |
* | "A client should confirm only what it has made durable: write and sync the message, then DELE. Then whatever the server removes in UPDATE is already on the di..." |
*
* @param {Lesson_L15cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2explanation2 = /** @type {((inputs?: Lesson_L15cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l15cp2explanation2(inputs)
	return en_lesson_l15cp2explanation2(inputs)
});
export { lesson_l15cp2explanation2 as "lesson_l15Cp2Explanation" }