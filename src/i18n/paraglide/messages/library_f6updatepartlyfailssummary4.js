/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F6updatepartlyfailssummary4Inputs */

const en_library_f6updatepartlyfailssummary4 = /** @type {(inputs: Library_F6updatepartlyfailssummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client saves and DELEs all three messages and sends QUIT. In UPDATE this server removes only message 1 and answers "-ERR some deleted messages not removed", which RFC 1939 §6 allows. It still releases the lock and closes the connection; messages nobody DELEted are never touched. The client cannot know which ones survived, so its next poll downloads messages 2 and 3 again: duplicates, not loss. (That UPDATE fails part-way too, so message 3 is still on the server afterwards.)`)
};

const es_library_f6updatepartlyfailssummary4 = /** @type {(inputs: Library_F6updatepartlyfailssummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente guarda los tres mensajes, les envía DELE y envía QUIT. En UPDATE este servidor elimina solo el mensaje 1 y responde "-ERR some deleted messages not removed", algo que la RFC 1939 §6 permite. Aun así libera el bloqueo y cierra la conexión; los mensajes sin DELE no se tocan. El cliente no puede saber cuáles sobrevivieron, así que su siguiente consulta vuelve a descargar los mensajes 2 y 3: duplicados, no pérdida. (Ese UPDATE también falla a medias, así que el mensaje 3 sigue en el servidor después.)`)
};

const de_library_f6updatepartlyfailssummary4 = /** @type {(inputs: Library_F6updatepartlyfailssummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client speichert alle drei Nachrichten, sendet für jede DELE und dann QUIT. In UPDATE entfernt dieser Server nur Nachricht 1 und antwortet "-ERR some deleted messages not removed", was RFC 1939 §6 erlaubt. Trotzdem gibt er die Sperre frei und schließt die Verbindung; Nachrichten ohne DELE werden nie angefasst. Der Client kann nicht wissen, welche überlebt haben, also lädt sein nächster Abruf die Nachrichten 2 und 3 noch einmal: doppelt, nicht verloren. (Auch dieses UPDATE schlägt teilweise fehl, also liegt Nachricht 3 danach noch auf dem Server.)`)
};

/**
* | output |
* | --- |
* | "The client saves and DELEs all three messages and sends QUIT. In UPDATE this server removes only message 1 and answers \"-ERR some deleted messages not remove..." |
*
* @param {Library_F6updatepartlyfailssummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f6updatepartlyfailssummary4 = /** @type {((inputs?: Library_F6updatepartlyfailssummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F6updatepartlyfailssummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f6updatepartlyfailssummary4(inputs)
	if (locale === "de") return de_library_f6updatepartlyfailssummary4(inputs)
	return en_library_f6updatepartlyfailssummary4(inputs)
});
export { library_f6updatepartlyfailssummary4 as "library_f6UpdatePartlyFailsSummary" }