/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologoutpop22Inputs */

const en_narration_serverautologoutpop22 = /** @type {(inputs: Narration_Serverautologoutpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's long timer ran out, so it closes the idle session. RFC 937 does not say what becomes of ACKD marks then; this simulated server is set to commit nothing, so acknowledged messages stay.`)
};

const es_narration_serverautologoutpop22 = /** @type {(inputs: Narration_Serverautologoutpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Venció el temporizador largo del servidor, así que cierra la sesión inactiva. La RFC 937 no dice qué pasa entonces con las marcas ACKD; este servidor simulado está configurado para no confirmar nada, así que los mensajes confirmados se quedan.`)
};

const de_narration_serverautologoutpop22 = /** @type {(inputs: Narration_Serverautologoutpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der lange Timer des Servers ist abgelaufen, also schließt er die untätige Sitzung. RFC 937 sagt nicht, was dann aus ACKD-Markierungen wird; dieser simulierte Server ist so eingestellt, dass er nichts festschreibt, also bleiben bestätigte Nachrichten.`)
};

/**
* | output |
* | --- |
* | "The server's long timer ran out, so it closes the idle session. RFC 937 does not say what becomes of ACKD marks then; this simulated server is set to commit ..." |
*
* @param {Narration_Serverautologoutpop22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologoutpop22 = /** @type {((inputs?: Narration_Serverautologoutpop22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologoutpop22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologoutpop22(inputs)
	if (locale === "de") return de_narration_serverautologoutpop22(inputs)
	return en_narration_serverautologoutpop22(inputs)
});
export { narration_serverautologoutpop22 as "narration_serverAutologoutPop2" }