/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultcrashclient2Inputs */

const en_narration_faultcrashclient2 = /** @type {(inputs: Narration_Faultcrashclient2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: the mail app on ${i?.device} crashes. Its memory is lost, its disk is kept. Its operating system closes the connection, so the server notices at once.`)
};

const es_narration_faultcrashclient2 = /** @type {(inputs: Narration_Faultcrashclient2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: el programa de correo de ${i?.device} se cuelga. Pierde su memoria y conserva su disco. Su sistema operativo cierra la conexión, así que el servidor se entera en el acto.`)
};

const de_narration_faultcrashclient2 = /** @type {(inputs: Narration_Faultcrashclient2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: Das Mailprogramm auf ${i?.device} stürzt ab. Sein Arbeitsspeicher ist verloren, seine Festplatte bleibt. Sein Betriebssystem schließt die Verbindung, also merkt der Server es sofort.`)
};

/**
* | output |
* | --- |
* | "Fault: the mail app on {device} crashes. Its memory is lost, its disk is kept. Its operating system closes the connection, so the server notices at once." |
*
* @param {Narration_Faultcrashclient2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultcrashclient2 = /** @type {((inputs: Narration_Faultcrashclient2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultcrashclient2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultcrashclient2(inputs)
	if (locale === "de") return de_narration_faultcrashclient2(inputs)
	return en_narration_faultcrashclient2(inputs)
});
export { narration_faultcrashclient2 as "narration_faultCrashClient" }