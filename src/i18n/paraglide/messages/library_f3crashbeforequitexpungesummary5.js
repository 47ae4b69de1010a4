/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3crashbeforequitexpungesummary5Inputs */

const en_library_f3crashbeforequitexpungesummary5 = /** @type {(inputs: Library_F3crashbeforequitexpungesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client sends DELE before its copies reach the disk, then the app crashes before QUIT; its operating system closes the connection. On a conformant server the session would end without UPDATE and the mail would still be there; this server already removed each message at DELE, so the only copies were in the crashed app's memory.`)
};

const es_library_f3crashbeforequitexpungesummary5 = /** @type {(inputs: Library_F3crashbeforequitexpungesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente envía DELE antes de que sus copias lleguen al disco y luego el programa se cuelga antes de QUIT; su sistema operativo cierra la conexión. En un servidor conforme la sesión terminaría sin UPDATE y el correo seguiría allí; este servidor ya eliminó cada mensaje en DELE, así que las únicas copias estaban en la memoria del programa colgado.`)
};

const de_library_f3crashbeforequitexpungesummary5 = /** @type {(inputs: Library_F3crashbeforequitexpungesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client sendet DELE, bevor seine Kopien auf der Festplatte sind, dann stürzt das Programm vor QUIT ab; sein Betriebssystem schließt die Verbindung. Auf einem konformen Server würde die Sitzung ohne UPDATE enden und die Mail wäre noch da; dieser Server hat jede Nachricht schon bei DELE entfernt, also lagen die einzigen Kopien im Arbeitsspeicher des abgestürzten Programms.`)
};

/**
* | output |
* | --- |
* | "The client sends DELE before its copies reach the disk, then the app crashes before QUIT; its operating system closes the connection. On a conformant server ..." |
*
* @param {Library_F3crashbeforequitexpungesummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3crashbeforequitexpungesummary5 = /** @type {((inputs?: Library_F3crashbeforequitexpungesummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3crashbeforequitexpungesummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3crashbeforequitexpungesummary5(inputs)
	if (locale === "de") return de_library_f3crashbeforequitexpungesummary5(inputs)
	return en_library_f3crashbeforequitexpungesummary5(inputs)
});
export { library_f3crashbeforequitexpungesummary5 as "library_f3CrashBeforeQuitExpungeSummary" }