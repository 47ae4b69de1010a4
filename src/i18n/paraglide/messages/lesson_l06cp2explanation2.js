/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2explanation2Inputs */

const en_lesson_l06cp2explanation2 = /** @type {(inputs: Lesson_L06cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail left on the server piles up against its quota, so clients delete after N days, or when the user deletes a message locally; servers expire it too. Any device that polls less often than that misses mail, as in delete-on-download. RFC 1939 §8 calls leave-on-server a weak version of IMAP's model.`)
};

const es_lesson_l06cp2explanation2 = /** @type {(inputs: Lesson_L06cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo que se deja en el servidor se acumula y llena la cuota del buzón, así que los clientes lo borran a los N días, o cuando el usuario borra un mensaje en el dispositivo; los servidores también lo hacen caducar. Cualquier dispositivo que consulte menos de una vez cada N días se queda sin parte del correo, igual que con «Borrar al descargar». La RFC 1939 §8 dice que dejar en el servidor es una versión pobre del modelo de IMAP.`)
};

const de_lesson_l06cp2explanation2 = /** @type {(inputs: Lesson_L06cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail, die auf dem Server bleibt, stapelt sich und füllt das Speicherkontingent (die Quota) des Postfachs, daher löschen Clients nach N Tagen oder wenn der Benutzer eine Nachricht lokal löscht; auch Server lassen Mail ablaufen. Jedes Gerät, das seltener als alle N Tage abruft, verpasst Mail, wie bei „Beim Abrufen löschen“. RFC 1939 §8 nennt das Lassen auf dem Server eine schwache Form des IMAP-Modells.`)
};

/**
* | output |
* | --- |
* | "Mail left on the server piles up against its quota, so clients delete after N days, or when the user deletes a message locally; servers expire it too. Any de..." |
*
* @param {Lesson_L06cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2explanation2 = /** @type {((inputs?: Lesson_L06cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l06cp2explanation2(inputs)
	return en_lesson_l06cp2explanation2(inputs)
});
export { lesson_l06cp2explanation2 as "lesson_l06Cp2Explanation" }