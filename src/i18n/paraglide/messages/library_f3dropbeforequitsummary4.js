/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3dropbeforequitsummary4Inputs */

const en_library_f3dropbeforequitsummary4 = /** @type {(inputs: Library_F3dropbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three messages are saved and marked with DELE, then the connection is reset before QUIT. A conformant server MUST NOT enter UPDATE (RFC 1939 §6): the marks are forgotten and all three come again on the next poll. Duplicates, not loss.`)
};

const es_library_f3dropbeforequitsummary4 = /** @type {(inputs: Library_F3dropbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los tres mensajes se guardan y se marcan con DELE; luego la conexión se reinicia antes de QUIT. Un servidor conforme NO DEBE pasar a UPDATE (RFC 1939 §6): las marcas se olvidan y los tres vuelven en la siguiente consulta. Duplicados, no pérdida.`)
};

const de_library_f3dropbeforequitsummary4 = /** @type {(inputs: Library_F3dropbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei Nachrichten werden gespeichert und mit DELE markiert, dann wird die Verbindung vor QUIT zurückgesetzt. Ein konformer Server darf UPDATE NICHT betreten (RFC 1939 §6): Die Markierungen werden vergessen, und alle drei kommen beim nächsten Abruf wieder. Doppelt, nicht verloren.`)
};

/**
* | output |
* | --- |
* | "All three messages are saved and marked with DELE, then the connection is reset before QUIT. A conformant server MUST NOT enter UPDATE (RFC 1939 §6): the mar..." |
*
* @param {Library_F3dropbeforequitsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3dropbeforequitsummary4 = /** @type {((inputs?: Library_F3dropbeforequitsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3dropbeforequitsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3dropbeforequitsummary4(inputs)
	if (locale === "de") return de_library_f3dropbeforequitsummary4(inputs)
	return en_library_f3dropbeforequitsummary4(inputs)
});
export { library_f3dropbeforequitsummary4 as "library_f3DropBeforeQuitSummary" }