/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultdevicepowerloss3Inputs */

const en_narration_faultdevicepowerloss3 = /** @type {(inputs: Narration_Faultdevicepowerloss3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: ${i?.device} loses power. Its memory is lost, its disk is kept. Nobody tells the server, which keeps the session and its lock until autologout.`)
};

const es_narration_faultdevicepowerloss3 = /** @type {(inputs: Narration_Faultdevicepowerloss3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: ${i?.device} se queda sin corriente. Pierde su memoria y conserva su disco. Nadie avisa al servidor, que conserva la sesión y su bloqueo hasta el cierre automático.`)
};

const de_narration_faultdevicepowerloss3 = /** @type {(inputs: Narration_Faultdevicepowerloss3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: ${i?.device} verliert den Strom. Sein Arbeitsspeicher ist verloren, seine Festplatte bleibt. Niemand sagt es dem Server, der Sitzung und Sperre bis zum Auto-Logout behält.`)
};

/**
* | output |
* | --- |
* | "Fault: {device} loses power. Its memory is lost, its disk is kept. Nobody tells the server, which keeps the session and its lock until autologout." |
*
* @param {Narration_Faultdevicepowerloss3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultdevicepowerloss3 = /** @type {((inputs: Narration_Faultdevicepowerloss3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultdevicepowerloss3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultdevicepowerloss3(inputs)
	if (locale === "de") return de_narration_faultdevicepowerloss3(inputs)
	return en_narration_faultdevicepowerloss3(inputs)
});
export { narration_faultdevicepowerloss3 as "narration_faultDevicePowerLoss" }