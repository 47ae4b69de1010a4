/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologout1Inputs */

const en_narration_serverautologout1 = /** @type {(inputs: Narration_Serverautologout1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autologout: the session was idle too long, so the server closes it without entering UPDATE. Nothing this session marked is removed.`)
};

const es_narration_serverautologout1 = /** @type {(inputs: Narration_Serverautologout1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cierre automático: la sesión estuvo inactiva demasiado tiempo, así que el servidor la cierra sin pasar por UPDATE. No se elimina nada de lo que marcó esta sesión.`)
};

const de_narration_serverautologout1 = /** @type {(inputs: Narration_Serverautologout1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-Logout: Die Sitzung war zu lange untätig, also schließt der Server sie, ohne UPDATE zu betreten. Nichts, was diese Sitzung markiert hat, wird entfernt.`)
};

/**
* | output |
* | --- |
* | "Autologout: the session was idle too long, so the server closes it without entering UPDATE. Nothing this session marked is removed." |
*
* @param {Narration_Serverautologout1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologout1 = /** @type {((inputs?: Narration_Serverautologout1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologout1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologout1(inputs)
	if (locale === "de") return de_narration_serverautologout1(inputs)
	return en_narration_serverautologout1(inputs)
});
export { narration_serverautologout1 as "narration_serverAutologout" }