/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F11deletedheresummary3Inputs */

const en_library_f11deletedheresummary3 = /** @type {(inputs: Library_F11deletedheresummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both devices leave mail on the server. On day 1 the user reads message 2 on the laptop and deletes it there. The laptop's client is set, as Thunderbird can be, to delete from the server what the user deletes locally, so its poll on day 2 sends DELE for it, committed by QUIT (RFC 1939 §6). The phone polls on day 5 and never sees message 2: for every message deleted on one device, the gap of delete-on-download comes back.`)
};

const es_library_f11deletedheresummary3 = /** @type {(inputs: Library_F11deletedheresummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos dispositivos dejan el correo en el servidor. El día 1 la usuaria lee el mensaje 2 en el portátil y lo borra allí. El cliente del portátil está configurado, como puede estarlo Thunderbird, para borrar del servidor lo que se borra en local, así que su consulta del día 2 envía DELE por él, confirmado con QUIT (RFC 1939 §6). El móvil consulta el día 5 y nunca ve el mensaje 2: por cada mensaje borrado en un dispositivo, vuelve el hueco de borrar al descargar.`)
};

const de_library_f11deletedheresummary3 = /** @type {(inputs: Library_F11deletedheresummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide Geräte lassen die Mail auf dem Server. An Tag 1 liest die Benutzerin Nachricht 2 auf dem Laptop und löscht sie dort. Der Client des Laptops ist, wie Thunderbird es sein kann, so eingestellt, dass er vom Server löscht, was lokal gelöscht wird, also sendet sein Abruf an Tag 2 DELE dafür, festgeschrieben durch QUIT (RFC 1939 §6). Das Handy ruft an Tag 5 ab und sieht Nachricht 2 nie: Für jede auf einem Gerät gelöschte Nachricht kommt die Lücke von „beim Abrufen löschen“ zurück.`)
};

/**
* | output |
* | --- |
* | "Both devices leave mail on the server. On day 1 the user reads message 2 on the laptop and deletes it there. The laptop's client is set, as Thunderbird can b..." |
*
* @param {Library_F11deletedheresummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f11deletedheresummary3 = /** @type {((inputs?: Library_F11deletedheresummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F11deletedheresummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f11deletedheresummary3(inputs)
	if (locale === "de") return de_library_f11deletedheresummary3(inputs)
	return en_library_f11deletedheresummary3(inputs)
});
export { library_f11deletedheresummary3 as "library_f11DeletedHereSummary" }