/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F16uidsreassignedsummary3Inputs */

const en_library_f16uidsreassignedsummary3 = /** @type {(inputs: Library_F16uidsreassignedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave-on-server depends on unique-ids that persist across sessions (RFC 1939 §7). This server hands out new UIDs in every session, as one does after a migration or an index rebuild. The client compares the new UIDL listing with the UIDs it remembers, finds none of them, and downloads every message again: duplicates of everything.`)
};

const es_library_f16uidsreassignedsummary3 = /** @type {(inputs: Library_F16uidsreassignedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor depende de identificadores únicos que se mantienen entre sesiones (RFC 1939 §7). Este servidor reparte UID nuevos en cada sesión, como ocurre tras una migración o al reconstruir un índice. El cliente compara la nueva lista UIDL con los UID que recuerda, no encuentra ninguno y vuelve a descargar todos los mensajes: duplicados de todo.`)
};

const de_library_f16uidsreassignedsummary3 = /** @type {(inputs: Library_F16uidsreassignedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail auf dem Server zu lassen, setzt eindeutige IDs voraus, die über Sitzungen hinweg bleiben (RFC 1939 §7). Dieser Server vergibt in jeder Sitzung neue UIDs, wie nach einem Umzug oder einem neu aufgebauten Index. Der Client vergleicht die neue UIDL-Liste mit den UIDs, die er sich gemerkt hat, findet keine davon und lädt jede Nachricht noch einmal: alles doppelt.`)
};

/**
* | output |
* | --- |
* | "Leave-on-server depends on unique-ids that persist across sessions (RFC 1939 §7). This server hands out new UIDs in every session, as one does after a migrat..." |
*
* @param {Library_F16uidsreassignedsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f16uidsreassignedsummary3 = /** @type {((inputs?: Library_F16uidsreassignedsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F16uidsreassignedsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f16uidsreassignedsummary3(inputs)
	if (locale === "de") return de_library_f16uidsreassignedsummary3(inputs)
	return en_library_f16uidsreassignedsummary3(inputs)
});
export { library_f16uidsreassignedsummary3 as "library_f16UidsReassignedSummary" }