/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ detail: NonNullable<unknown> }} Narration_Faultcrashserver2Inputs */

const en_narration_faultcrashserver2 = /** @type {(inputs: Narration_Faultcrashserver2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: the server crashes (${i?.detail}). Every session ends without its commit; the maildrop stays as it was last committed; new connections are refused until the server is back.`)
};

const es_narration_faultcrashserver2 = /** @type {(inputs: Narration_Faultcrashserver2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: el servidor se cae (${i?.detail}). Todas las sesiones terminan sin confirmar; el buzón queda como en la última confirmación; se rechazan las conexiones nuevas hasta que el servidor vuelva.`)
};

const de_narration_faultcrashserver2 = /** @type {(inputs: Narration_Faultcrashserver2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: Der Server stürzt ab (${i?.detail}). Jede Sitzung endet ohne ihren Abschluss; das Postfach bleibt, wie es zuletzt festgeschrieben wurde; neue Verbindungen werden abgewiesen, bis der Server wieder läuft.`)
};

/**
* | output |
* | --- |
* | "Fault: the server crashes ({detail}). Every session ends without its commit; the maildrop stays as it was last committed; new connections are refused until t..." |
*
* @param {Narration_Faultcrashserver2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultcrashserver2 = /** @type {((inputs: Narration_Faultcrashserver2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultcrashserver2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultcrashserver2(inputs)
	if (locale === "de") return de_narration_faultcrashserver2(inputs)
	return en_narration_faultcrashserver2(inputs)
});
export { narration_faultcrashserver2 as "narration_faultCrashServer" }