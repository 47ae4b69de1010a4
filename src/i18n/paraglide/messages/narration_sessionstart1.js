/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, session: NonNullable<unknown> }} Narration_Sessionstart1Inputs */

const en_narration_sessionstart1 = /** @type {(inputs: Narration_Sessionstart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} starts session ${i?.session}: it opens a TCP connection to the server.`)
};

const es_narration_sessionstart1 = /** @type {(inputs: Narration_Sessionstart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} empieza la sesión ${i?.session}: abre una conexión TCP con el servidor.`)
};

const de_narration_sessionstart1 = /** @type {(inputs: Narration_Sessionstart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} beginnt Sitzung ${i?.session}: Es öffnet eine TCP-Verbindung zum Server.`)
};

/**
* | output |
* | --- |
* | "{device} starts session {session}: it opens a TCP connection to the server." |
*
* @param {Narration_Sessionstart1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_sessionstart1 = /** @type {((inputs: Narration_Sessionstart1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Sessionstart1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_sessionstart1(inputs)
	if (locale === "de") return de_narration_sessionstart1(inputs)
	return en_narration_sessionstart1(inputs)
});
export { narration_sessionstart1 as "narration_sessionStart" }