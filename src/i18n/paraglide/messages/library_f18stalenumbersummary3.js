/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F18stalenumbersummary3Inputs */

const en_library_f18stalenumbersummary3 = /** @type {(inputs: Library_F18stalenumbersummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message numbers last only one session (RFC 1939 §4). This buggy client remembers "delete message 2" from last week and sends DELE 2 after login; in this session number 2 is a message it has never seen. It is removed at QUIT: lost.`)
};

const es_library_f18stalenumbersummary3 = /** @type {(inputs: Library_F18stalenumbersummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los números de mensaje solo valen para una sesión (RFC 1939 §4). Este cliente con un fallo recuerda «borrar el mensaje 2» de la semana pasada y envía DELE 2 tras iniciar sesión; en esta sesión el número 2 es un mensaje que nunca ha visto. Se elimina en QUIT: perdido.`)
};

const de_library_f18stalenumbersummary3 = /** @type {(inputs: Library_F18stalenumbersummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachrichtennummern gelten nur für eine Sitzung (RFC 1939 §4). Dieser fehlerhafte Client merkt sich „Nachricht 2 löschen“ von letzter Woche und sendet nach der Anmeldung DELE 2; in dieser Sitzung ist Nummer 2 eine Nachricht, die er nie gesehen hat. Sie wird bei QUIT entfernt: verloren.`)
};

/**
* | output |
* | --- |
* | "Message numbers last only one session (RFC 1939 §4). This buggy client remembers \"delete message 2\" from last week and sends DELE 2 after login; in this sess..." |
*
* @param {Library_F18stalenumbersummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f18stalenumbersummary3 = /** @type {((inputs?: Library_F18stalenumbersummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F18stalenumbersummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f18stalenumbersummary3(inputs)
	if (locale === "de") return de_library_f18stalenumbersummary3(inputs)
	return en_library_f18stalenumbersummary3(inputs)
});
export { library_f18stalenumbersummary3 as "library_f18StaleNumberSummary" }