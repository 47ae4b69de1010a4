/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F15nouidlserverkeepsummary5Inputs */

const en_library_f15nouidlserverkeepsummary5 = /** @type {(inputs: Library_F15nouidlserverkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UIDL is optional (RFC 1939 §7). Without it a leave-on-server client cannot tell old mail from new, so every poll downloads every message again.`)
};

const es_library_f15nouidlserverkeepsummary5 = /** @type {(inputs: Library_F15nouidlserverkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UIDL es opcional (RFC 1939 §7). Sin él, un cliente que deja el correo en el servidor no distingue el correo viejo del nuevo, así que cada consulta vuelve a descargar todos los mensajes.`)
};

const de_library_f15nouidlserverkeepsummary5 = /** @type {(inputs: Library_F15nouidlserverkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UIDL ist optional (RFC 1939 §7). Ohne UIDL kann ein Client, der Mail auf dem Server lässt, alte und neue Mail nicht unterscheiden, also lädt jeder Abruf jede Nachricht noch einmal.`)
};

/**
* | output |
* | --- |
* | "UIDL is optional (RFC 1939 §7). Without it a leave-on-server client cannot tell old mail from new, so every poll downloads every message again." |
*
* @param {Library_F15nouidlserverkeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f15nouidlserverkeepsummary5 = /** @type {((inputs?: Library_F15nouidlserverkeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F15nouidlserverkeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f15nouidlserverkeepsummary5(inputs)
	if (locale === "de") return de_library_f15nouidlserverkeepsummary5(inputs)
	return en_library_f15nouidlserverkeepsummary5(inputs)
});
export { library_f15nouidlserverkeepsummary5 as "library_f15NoUidlServerKeepSummary" }