/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultidlepastautologout3Inputs */

const en_narration_faultidlepastautologout3 = /** @type {(inputs: Narration_Faultidlepastautologout3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: ${i?.device} stops sending (the app hangs); the server's autologout timer will fire.`)
};

const es_narration_faultidlepastautologout3 = /** @type {(inputs: Narration_Faultidlepastautologout3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: ${i?.device} deja de enviar (el programa se queda colgado); saltará el temporizador de cierre automático del servidor.`)
};

const de_narration_faultidlepastautologout3 = /** @type {(inputs: Narration_Faultidlepastautologout3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: ${i?.device} sendet nichts mehr (das Programm hängt); der Auto-Logout-Timer des Servers wird auslösen.`)
};

/**
* | output |
* | --- |
* | "Fault: {device} stops sending (the app hangs); the server's autologout timer will fire." |
*
* @param {Narration_Faultidlepastautologout3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultidlepastautologout3 = /** @type {((inputs: Narration_Faultidlepastautologout3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultidlepastautologout3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultidlepastautologout3(inputs)
	if (locale === "de") return de_narration_faultidlepastautologout3(inputs)
	return en_narration_faultidlepastautologout3(inputs)
});
export { narration_faultidlepastautologout3 as "narration_faultIdlePastAutologout" }