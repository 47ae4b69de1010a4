/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Connectiontimedout2Inputs */

const en_narration_connectiontimedout2 = /** @type {(inputs: Narration_Connectiontimedout2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} has heard nothing from the server for its whole timeout, so it gives up on the connection. Nobody tells the server.`)
};

const es_narration_connectiontimedout2 = /** @type {(inputs: Narration_Connectiontimedout2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} lleva todo su tiempo de espera sin oír nada del servidor, así que da la conexión por perdida. Nadie se lo dice al servidor.`)
};

const de_narration_connectiontimedout2 = /** @type {(inputs: Narration_Connectiontimedout2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat während seiner ganzen Wartezeit nichts vom Server gehört und gibt die Verbindung auf. Dem Server sagt das niemand.`)
};

/**
* | output |
* | --- |
* | "{device} has heard nothing from the server for its whole timeout, so it gives up on the connection. Nobody tells the server." |
*
* @param {Narration_Connectiontimedout2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_connectiontimedout2 = /** @type {((inputs: Narration_Connectiontimedout2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Connectiontimedout2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_connectiontimedout2(inputs)
	if (locale === "de") return de_narration_connectiontimedout2(inputs)
	return en_narration_connectiontimedout2(inputs)
});
export { narration_connectiontimedout2 as "narration_connectionTimedOut" }