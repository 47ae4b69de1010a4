/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F9idleautologoutsummary3Inputs */

const en_library_f9idleautologoutsummary3 = /** @type {(inputs: Library_F9idleautologoutsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After marking every message the client stalls. The server's autologout timer (at least 10 minutes, RFC 1939 §3) closes the session without entering UPDATE, so the marks are dropped and the next poll brings all three again.`)
};

const es_library_f9idleautologoutsummary3 = /** @type {(inputs: Library_F9idleautologoutsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tras marcar todos los mensajes, el cliente se atasca. El temporizador de cierre automático del servidor (al menos 10 minutos, RFC 1939 §3) cierra la sesión sin pasar por UPDATE, así que las marcas se pierden y la siguiente consulta vuelve a traer los tres.`)
};

const de_library_f9idleautologoutsummary3 = /** @type {(inputs: Library_F9idleautologoutsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachdem er jede Nachricht markiert hat, bleibt der Client hängen. Der Auto-Logout-Timer des Servers (mindestens 10 Minuten, RFC 1939 §3) schließt die Sitzung, ohne UPDATE zu betreten, also verfallen die Markierungen, und der nächste Abruf bringt alle drei wieder.`)
};

/**
* | output |
* | --- |
* | "After marking every message the client stalls. The server's autologout timer (at least 10 minutes, RFC 1939 §3) closes the session without entering UPDATE, s..." |
*
* @param {Library_F9idleautologoutsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f9idleautologoutsummary3 = /** @type {((inputs?: Library_F9idleautologoutsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F9idleautologoutsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f9idleautologoutsummary3(inputs)
	if (locale === "de") return de_library_f9idleautologoutsummary3(inputs)
	return en_library_f9idleautologoutsummary3(inputs)
});
export { library_f9idleautologoutsummary3 as "library_f9IdleAutologoutSummary" }