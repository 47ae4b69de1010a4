/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3dropbeforequitkeepsummary5Inputs */

const en_library_f3dropbeforequitkeepsummary5 = /** @type {(inputs: Library_F3dropbeforequitkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three messages are saved and their UIDs remembered, then the connection is reset before QUIT. In leave-on-server mode nothing was marked, so there is nothing to commit: the UIDs tell the next poll that the device already has them (RFC 1939 §7).`)
};

const es_library_f3dropbeforequitkeepsummary5 = /** @type {(inputs: Library_F3dropbeforequitkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los tres mensajes se guardan y sus UID se recuerdan; luego la conexión se reinicia antes de QUIT. En el modo dejar en el servidor no se marcó nada, así que no hay nada que confirmar: los UID le dicen a la siguiente consulta que el dispositivo ya los tiene (RFC 1939 §7).`)
};

const de_library_f3dropbeforequitkeepsummary5 = /** @type {(inputs: Library_F3dropbeforequitkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei Nachrichten werden gespeichert und ihre UIDs gemerkt, dann wird die Verbindung vor QUIT zurückgesetzt. Beim Lassen auf dem Server wurde nichts markiert, also gibt es nichts festzuschreiben: Die UIDs sagen dem nächsten Abruf, dass das Gerät sie schon hat (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "All three messages are saved and their UIDs remembered, then the connection is reset before QUIT. In leave-on-server mode nothing was marked, so there is not..." |
*
* @param {Library_F3dropbeforequitkeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3dropbeforequitkeepsummary5 = /** @type {((inputs?: Library_F3dropbeforequitkeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3dropbeforequitkeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3dropbeforequitkeepsummary5(inputs)
	if (locale === "de") return de_library_f3dropbeforequitkeepsummary5(inputs)
	return en_library_f3dropbeforequitkeepsummary5(inputs)
});
export { library_f3dropbeforequitkeepsummary5 as "library_f3DropBeforeQuitKeepSummary" }