/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2keepackssummary3Inputs */

const en_library_pop2keepackssummary3 = /** @type {(inputs: Library_Pop2keepackssummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ACKS means "received, keep it". POP2 servers keep no memory between sessions and POP2 has no UIDL (RFC 937 "Extensions Not Supported"), so the next poll downloads every message again.`)
};

const es_library_pop2keepackssummary3 = /** @type {(inputs: Library_Pop2keepackssummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ACKS significa «recibido, consérvalo». Los servidores POP2 no recuerdan nada entre sesiones y POP2 no tiene UIDL (RFC 937 "Extensions Not Supported"), así que la siguiente consulta vuelve a descargar todos los mensajes.`)
};

const de_library_pop2keepackssummary3 = /** @type {(inputs: Library_Pop2keepackssummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ACKS heißt „empfangen, behalten“. POP2-Server merken sich zwischen Sitzungen nichts, und POP2 hat kein UIDL (RFC 937 "Extensions Not Supported"), also lädt der nächste Abruf jede Nachricht noch einmal.`)
};

/**
* | output |
* | --- |
* | "ACKS means \"received, keep it\". POP2 servers keep no memory between sessions and POP2 has no UIDL (RFC 937 \"Extensions Not Supported\"), so the next poll down..." |
*
* @param {Library_Pop2keepackssummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2keepackssummary3 = /** @type {((inputs?: Library_Pop2keepackssummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2keepackssummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2keepackssummary3(inputs)
	if (locale === "de") return de_library_pop2keepackssummary3(inputs)
	return en_library_pop2keepackssummary3(inputs)
});
export { library_pop2keepackssummary3 as "library_pop2KeepAcksSummary" }