/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultconnectionsilent2Inputs */

const en_narration_faultconnectionsilent2 = /** @type {(inputs: Narration_Faultconnectionsilent2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: the connection of ${i?.device} goes silent (a Wi-Fi hand-over or a router forgetting it). Nothing gets through and neither end is told: ${i?.device} will time out, and the server keeps the session and its lock until autologout.`)
};

const es_narration_faultconnectionsilent2 = /** @type {(inputs: Narration_Faultconnectionsilent2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: la conexión de ${i?.device} enmudece (un cambio de wifi o un router que la olvida). No pasa nada y a ningún extremo se le avisa: ${i?.device} agotará su tiempo de espera, y el servidor conserva la sesión y su bloqueo hasta el cierre automático.`)
};

const de_narration_faultconnectionsilent2 = /** @type {(inputs: Narration_Faultconnectionsilent2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: Die Verbindung von ${i?.device} verstummt (ein WLAN-Wechsel oder ein Router, der sie vergisst). Nichts kommt durch, und keinem Ende wird es gesagt: ${i?.device} läuft in seinen Timeout, und der Server behält Sitzung und Sperre bis zum Auto-Logout.`)
};

/**
* | output |
* | --- |
* | "Fault: the connection of {device} goes silent (a Wi-Fi hand-over or a router forgetting it). Nothing gets through and neither end is told: {device} will time..." |
*
* @param {Narration_Faultconnectionsilent2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultconnectionsilent2 = /** @type {((inputs: Narration_Faultconnectionsilent2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultconnectionsilent2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultconnectionsilent2(inputs)
	if (locale === "de") return de_narration_faultconnectionsilent2(inputs)
	return en_narration_faultconnectionsilent2(inputs)
});
export { narration_faultconnectionsilent2 as "narration_faultConnectionSilent" }