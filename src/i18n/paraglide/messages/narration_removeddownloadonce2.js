/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Removeddownloadonce2Inputs */

const en_narration_removeddownloadonce2 = /** @type {(inputs: Narration_Removeddownloadonce2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download-once policy (EXPIRE 0): a message retrieved in a session ended by QUIT is removed.`)
};

const es_narration_removeddownloadonce2 = /** @type {(inputs: Narration_Removeddownloadonce2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Política de descarga única (EXPIRE 0): se elimina un mensaje descargado en una sesión terminada con QUIT.`)
};

const de_narration_removeddownloadonce2 = /** @type {(inputs: Narration_Removeddownloadonce2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regel „nur einmal abrufbar“ (EXPIRE 0): Eine Nachricht, die in einer mit QUIT beendeten Sitzung abgerufen wurde, wird entfernt.`)
};

/**
* | output |
* | --- |
* | "Download-once policy (EXPIRE 0): a message retrieved in a session ended by QUIT is removed." |
*
* @param {Narration_Removeddownloadonce2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_removeddownloadonce2 = /** @type {((inputs?: Narration_Removeddownloadonce2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Removeddownloadonce2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_removeddownloadonce2(inputs)
	if (locale === "de") return de_narration_removeddownloadonce2(inputs)
	return en_narration_removeddownloadonce2(inputs)
});
export { narration_removeddownloadonce2 as "narration_removedDownloadOnce" }