/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologoutpop2releasednone4Inputs */

const en_narration_serverautologoutpop2releasednone4 = /** @type {(inputs: Narration_Serverautologoutpop2releasednone4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's long timer ran out, so it closes the idle session and releases the mailbox. No message had been acknowledged with ACKD, so nothing is deleted.`)
};

const es_narration_serverautologoutpop2releasednone4 = /** @type {(inputs: Narration_Serverautologoutpop2releasednone4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Venció el temporizador largo del servidor, así que cierra la sesión inactiva y libera el buzón. Ningún mensaje se había confirmado con ACKD, así que no se borra nada.`)
};

const de_narration_serverautologoutpop2releasednone4 = /** @type {(inputs: Narration_Serverautologoutpop2releasednone4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der lange Timer des Servers ist abgelaufen, also schließt er die untätige Sitzung und gibt das Postfach frei. Keine Nachricht war mit ACKD bestätigt, also wird nichts gelöscht.`)
};

/**
* | output |
* | --- |
* | "The server's long timer ran out, so it closes the idle session and releases the mailbox. No message had been acknowledged with ACKD, so nothing is deleted." |
*
* @param {Narration_Serverautologoutpop2releasednone4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologoutpop2releasednone4 = /** @type {((inputs?: Narration_Serverautologoutpop2releasednone4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologoutpop2releasednone4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologoutpop2releasednone4(inputs)
	if (locale === "de") return de_narration_serverautologoutpop2releasednone4(inputs)
	return en_narration_serverautologoutpop2releasednone4(inputs)
});
export { narration_serverautologoutpop2releasednone4 as "narration_serverAutologoutPop2ReleasedNone" }