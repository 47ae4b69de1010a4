/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F11f14retentiongapsummary4Inputs */

const en_library_f11f14retentiongapsummary4 = /** @type {(inputs: Library_F11f14retentiongapsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both devices leave mail on the server; the phone is set to keep it 60 days. The server's own retention is 30 days (RFC 1939 §8, announced as EXPIRE in RFC 2449 §6.7). The laptop gets everything on day 0; the phone stays offline for 40 days and finds the messages gone.`)
};

const es_library_f11f14retentiongapsummary4 = /** @type {(inputs: Library_F11f14retentiongapsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos dispositivos dejan el correo en el servidor; el móvil está configurado para guardarlo 60 días. El servidor tiene su propia conservación de 30 días (RFC 1939 §8, anunciada como EXPIRE en la RFC 2449 §6.7). El portátil lo recibe todo el día 0; el móvil pasa 40 días sin conexión y encuentra que los mensajes ya no están.`)
};

const de_library_f11f14retentiongapsummary4 = /** @type {(inputs: Library_F11f14retentiongapsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide Geräte lassen die Mail auf dem Server; das Handy ist so eingestellt, dass sie 60 Tage bleibt. Der Server selbst bewahrt 30 Tage auf (RFC 1939 §8, angekündigt als EXPIRE in RFC 2449 §6.7). Der Laptop bekommt an Tag 0 alles; das Handy ist 40 Tage offline und findet die Nachrichten nicht mehr vor.`)
};

/**
* | output |
* | --- |
* | "Both devices leave mail on the server; the phone is set to keep it 60 days. The server's own retention is 30 days (RFC 1939 §8, announced as EXPIRE in RFC 24..." |
*
* @param {Library_F11f14retentiongapsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f11f14retentiongapsummary4 = /** @type {((inputs?: Library_F11f14retentiongapsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F11f14retentiongapsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f11f14retentiongapsummary4(inputs)
	if (locale === "de") return de_library_f11f14retentiongapsummary4(inputs)
	return en_library_f11f14retentiongapsummary4(inputs)
});
export { library_f11f14retentiongapsummary4 as "library_f11F14RetentionGapSummary" }