/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologoutpop12Inputs */

const en_narration_serverautologoutpop12 = /** @type {(inputs: Narration_Serverautologoutpop12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server closes the idle session (RFC 918 names no timer; this simulated server has one). No RCVD confirmed receipt, so nothing is deleted.`)
};

const es_narration_serverautologoutpop12 = /** @type {(inputs: Narration_Serverautologoutpop12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor cierra la sesión inactiva (la RFC 918 no menciona ningún temporizador; este servidor simulado tiene uno). Ningún RCVD confirmó la recepción, así que no se borra nada.`)
};

const de_narration_serverautologoutpop12 = /** @type {(inputs: Narration_Serverautologoutpop12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server schließt die untätige Sitzung (RFC 918 nennt keinen Timer; dieser simulierte Server hat einen). Kein RCVD hat den Empfang bestätigt, also wird nichts gelöscht.`)
};

/**
* | output |
* | --- |
* | "The server closes the idle session (RFC 918 names no timer; this simulated server has one). No RCVD confirmed receipt, so nothing is deleted." |
*
* @param {Narration_Serverautologoutpop12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologoutpop12 = /** @type {((inputs?: Narration_Serverautologoutpop12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologoutpop12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologoutpop12(inputs)
	if (locale === "de") return de_narration_serverautologoutpop12(inputs)
	return en_narration_serverautologoutpop12(inputs)
});
export { narration_serverautologoutpop12 as "narration_serverAutologoutPop1" }