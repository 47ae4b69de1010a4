/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F7crashbeforedurabledeletesummary5Inputs */

const en_library_f7crashbeforedurabledeletesummary5 = /** @type {(inputs: Library_F7crashbeforedurabledeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client sends DELE as soon as a message is in memory (unsafe order) and its disk write takes long. The session commits at QUIT, then the laptop loses power: the server removed the messages and the only copies vanished with the laptop's memory. Commit only after durable storage.`)
};

const es_library_f7crashbeforedurabledeletesummary5 = /** @type {(inputs: Library_F7crashbeforedurabledeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este cliente envía DELE en cuanto un mensaje está en memoria (orden inseguro) y su escritura en disco tarda. La sesión se confirma con QUIT y luego el portátil se queda sin corriente: el servidor eliminó los mensajes y las únicas copias desaparecieron con la memoria del portátil. Confirma solo después de guardar en disco.`)
};

const de_library_f7crashbeforedurabledeletesummary5 = /** @type {(inputs: Library_F7crashbeforedurabledeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Client sendet DELE, sobald eine Nachricht im Arbeitsspeicher ist (unsichere Reihenfolge), und sein Schreiben auf die Festplatte dauert. Die Sitzung wird bei QUIT festgeschrieben, dann verliert der Laptop den Strom: Der Server hat die Nachrichten entfernt, und die einzigen Kopien sind mit dem Arbeitsspeicher des Laptops verschwunden. Erst nach dem dauerhaften Speichern bestätigen.`)
};

/**
* | output |
* | --- |
* | "This client sends DELE as soon as a message is in memory (unsafe order) and its disk write takes long. The session commits at QUIT, then the laptop loses pow..." |
*
* @param {Library_F7crashbeforedurabledeletesummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f7crashbeforedurabledeletesummary5 = /** @type {((inputs?: Library_F7crashbeforedurabledeletesummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F7crashbeforedurabledeletesummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f7crashbeforedurabledeletesummary5(inputs)
	if (locale === "de") return de_library_f7crashbeforedurabledeletesummary5(inputs)
	return en_library_f7crashbeforedurabledeletesummary5(inputs)
});
export { library_f7crashbeforedurabledeletesummary5 as "library_f7CrashBeforeDurableDeleteSummary" }