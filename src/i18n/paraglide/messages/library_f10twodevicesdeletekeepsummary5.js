/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F10twodevicesdeletekeepsummary5Inputs */

const en_library_f10twodevicesdeletekeepsummary5 = /** @type {(inputs: Library_F10twodevicesdeletekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both devices leave the mail on the server and each keeps its own list of UIDs (RFC 1939 §7), so each downloads every message once.`)
};

const es_library_f10twodevicesdeletekeepsummary5 = /** @type {(inputs: Library_F10twodevicesdeletekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos dispositivos dejan el correo en el servidor y cada uno lleva su propia lista de UID (RFC 1939 §7), así que cada uno descarga cada mensaje una vez.`)
};

const de_library_f10twodevicesdeletekeepsummary5 = /** @type {(inputs: Library_F10twodevicesdeletekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide Geräte lassen die Mail auf dem Server, und jedes führt seine eigene Liste von UIDs (RFC 1939 §7), also lädt jedes jede Nachricht einmal herunter.`)
};

/**
* | output |
* | --- |
* | "Both devices leave the mail on the server and each keeps its own list of UIDs (RFC 1939 §7), so each downloads every message once." |
*
* @param {Library_F10twodevicesdeletekeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f10twodevicesdeletekeepsummary5 = /** @type {((inputs?: Library_F10twodevicesdeletekeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F10twodevicesdeletekeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f10twodevicesdeletekeepsummary5(inputs)
	if (locale === "de") return de_library_f10twodevicesdeletekeepsummary5(inputs)
	return en_library_f10twodevicesdeletekeepsummary5(inputs)
});
export { library_f10twodevicesdeletekeepsummary5 as "library_f10TwoDevicesDeleteKeepSummary" }