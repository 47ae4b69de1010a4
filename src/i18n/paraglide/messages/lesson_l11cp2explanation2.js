/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2explanation2Inputs */

const en_lesson_l11cp2explanation2 = /** @type {(inputs: Lesson_L11cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A device's own setting protects nothing: the server holds one maildrop for the user, and any client may delete from it. Leave-on-server with "N days" only postpones the gap of delete-on-download; Thunderbird's other option, "delete from the server when I delete it here", has the same effect for mail the user deletes. fetchmail, which hands mail on to the local mail server (MTA), sends DELE only after the MTA has accepted the message: the safe commit order.`)
};

const es_lesson_l11cp2explanation2 = /** @type {(inputs: Lesson_L11cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El ajuste de un dispositivo no protege nada: el servidor guarda un único buzón para el usuario, y cualquier cliente puede borrar de él. «Dejar en el servidor» con «N días» solo aplaza el hueco de «Borrar al descargar»; la otra opción de Thunderbird, «borrar del servidor lo que borre aquí», tiene el mismo efecto con el correo que el usuario borra. fetchmail, que entrega el correo al servidor de correo local (MTA), envía DELE solo cuando el MTA ha aceptado el mensaje: el orden de confirmación seguro.`)
};

const de_lesson_l11cp2explanation2 = /** @type {(inputs: Lesson_L11cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Einstellung eines Geräts schützt nichts: Der Server führt ein einziges Postfach für den Benutzer, und jeder Client darf daraus löschen. „Auf dem Server lassen“ mit „N Tagen“ schiebt die Lücke von „Beim Abrufen löschen“ nur hinaus; Thunderbirds andere Option, „vom Server löschen, was ich hier lösche“, wirkt genauso für Mail, die der Benutzer löscht. fetchmail, das die Mail an den lokalen Mailserver (MTA) weiterreicht, sendet DELE erst, wenn der MTA die Nachricht angenommen hat: die sichere Reihenfolge beim Bestätigen.`)
};

/**
* | output |
* | --- |
* | "A device's own setting protects nothing: the server holds one maildrop for the user, and any client may delete from it. Leave-on-server with \"N days\" only po..." |
*
* @param {Lesson_L11cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2explanation2 = /** @type {((inputs?: Lesson_L11cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l11cp2explanation2(inputs)
	return en_lesson_l11cp2explanation2(inputs)
});
export { lesson_l11cp2explanation2 as "lesson_l11Cp2Explanation" }