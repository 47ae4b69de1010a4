/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F10twodevicesdeletesummary4Inputs */

const en_library_f10twodevicesdeletesummary4 = /** @type {(inputs: Library_F10twodevicesdeletesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop polls first, downloads and deletes everything. When the phone polls, the maildrop is empty: the phone never sees the mail. Nothing is lost (the laptop has it), but one device has a gap. This is inherent to download-and-delete (RFC 2449 §7).`)
};

const es_library_f10twodevicesdeletesummary4 = /** @type {(inputs: Library_F10twodevicesdeletesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil consulta primero, lo descarga y lo borra todo. Cuando consulta el móvil, el buzón está vacío: el móvil nunca ve el correo. No se pierde nada (lo tiene el portátil), pero un dispositivo tiene un hueco. Es inherente a descargar y borrar (RFC 2449 §7).`)
};

const de_library_f10twodevicesdeletesummary4 = /** @type {(inputs: Library_F10twodevicesdeletesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop ruft zuerst ab, lädt alles herunter und löscht es. Wenn das Handy abruft, ist das Postfach leer: Das Handy sieht die Mail nie. Verloren ist nichts (der Laptop hat sie), aber ein Gerät hat eine Lücke. Das liegt im Wesen von Abrufen und Löschen (RFC 2449 §7).`)
};

/**
* | output |
* | --- |
* | "The laptop polls first, downloads and deletes everything. When the phone polls, the maildrop is empty: the phone never sees the mail. Nothing is lost (the la..." |
*
* @param {Library_F10twodevicesdeletesummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f10twodevicesdeletesummary4 = /** @type {((inputs?: Library_F10twodevicesdeletesummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F10twodevicesdeletesummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f10twodevicesdeletesummary4(inputs)
	if (locale === "de") return de_library_f10twodevicesdeletesummary4(inputs)
	return en_library_f10twodevicesdeletesummary4(inputs)
});
export { library_f10twodevicesdeletesummary4 as "library_f10TwoDevicesDeleteSummary" }