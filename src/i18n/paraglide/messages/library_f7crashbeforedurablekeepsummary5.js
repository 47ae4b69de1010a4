/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F7crashbeforedurablekeepsummary5Inputs */

const en_library_f7crashbeforedurablekeepsummary5 = /** @type {(inputs: Library_F7crashbeforedurablekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same power loss after QUIT, before the copies reach the disk, but in leave-on-server mode the client never sends DELE, and it records a UID only once that copy is durable. The server still has every message and the device has no memory of them, so the next poll fetches them again.`)
};

const es_library_f7crashbeforedurablekeepsummary5 = /** @type {(inputs: Library_F7crashbeforedurablekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo corte de corriente tras QUIT, antes de que las copias lleguen al disco, pero en el modo dejar en el servidor el cliente nunca envía DELE y anota un UID solo cuando esa copia está en disco. El servidor aún tiene todos los mensajes y el dispositivo no recuerda ninguno, así que la siguiente consulta los vuelve a descargar.`)
};

const de_library_f7crashbeforedurablekeepsummary5 = /** @type {(inputs: Library_F7crashbeforedurablekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derselbe Stromausfall nach QUIT, bevor die Kopien die Festplatte erreichen, aber beim Lassen auf dem Server sendet der Client nie DELE und notiert eine UID erst, wenn diese Kopie dauerhaft gespeichert ist. Der Server hat noch jede Nachricht, und das Gerät erinnert sich an keine, also holt der nächste Abruf sie wieder.`)
};

/**
* | output |
* | --- |
* | "The same power loss after QUIT, before the copies reach the disk, but in leave-on-server mode the client never sends DELE, and it records a UID only once tha..." |
*
* @param {Library_F7crashbeforedurablekeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f7crashbeforedurablekeepsummary5 = /** @type {((inputs?: Library_F7crashbeforedurablekeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F7crashbeforedurablekeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f7crashbeforedurablekeepsummary5(inputs)
	if (locale === "de") return de_library_f7crashbeforedurablekeepsummary5(inputs)
	return en_library_f7crashbeforedurablekeepsummary5(inputs)
});
export { library_f7crashbeforedurablekeepsummary5 as "library_f7CrashBeforeDurableKeepSummary" }