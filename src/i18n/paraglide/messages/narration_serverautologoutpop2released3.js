/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologoutpop2released3Inputs */

const en_narration_serverautologoutpop2released3 = /** @type {(inputs: Narration_Serverautologoutpop2released3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's long timer ran out, so it closes the idle session. This simulated server is set to commit on release (as UW ipop2d did): releasing the mailbox deletes the messages acknowledged with ACKD.`)
};

const es_narration_serverautologoutpop2released3 = /** @type {(inputs: Narration_Serverautologoutpop2released3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Venció el temporizador largo del servidor, así que cierra la sesión inactiva. Este servidor simulado está configurado para confirmar al liberar (como hacía UW ipop2d): al liberar el buzón se borran los mensajes confirmados con ACKD.`)
};

const de_narration_serverautologoutpop2released3 = /** @type {(inputs: Narration_Serverautologoutpop2released3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der lange Timer des Servers ist abgelaufen, also schließt er die untätige Sitzung. Dieser simulierte Server ist so eingestellt, dass er beim Freigeben festschreibt (wie UW ipop2d): Das Freigeben des Postfachs löscht die mit ACKD bestätigten Nachrichten.`)
};

/**
* | output |
* | --- |
* | "The server's long timer ran out, so it closes the idle session. This simulated server is set to commit on release (as UW ipop2d did): releasing the mailbox d..." |
*
* @param {Narration_Serverautologoutpop2released3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologoutpop2released3 = /** @type {((inputs?: Narration_Serverautologoutpop2released3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologoutpop2released3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologoutpop2released3(inputs)
	if (locale === "de") return de_narration_serverautologoutpop2released3(inputs)
	return en_narration_serverautologoutpop2released3(inputs)
});
export { narration_serverautologoutpop2released3 as "narration_serverAutologoutPop2Released" }