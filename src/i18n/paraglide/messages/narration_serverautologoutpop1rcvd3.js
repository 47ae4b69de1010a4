/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologoutpop1rcvd3Inputs */

const en_narration_serverautologoutpop1rcvd3 = /** @type {(inputs: Narration_Serverautologoutpop1rcvd3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server closes the idle session (RFC 918 names no timer; this simulated server has one). RCVD had already confirmed receipt, so the mailbox contents were deleted then.`)
};

const es_narration_serverautologoutpop1rcvd3 = /** @type {(inputs: Narration_Serverautologoutpop1rcvd3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor cierra la sesión inactiva (la RFC 918 no menciona ningún temporizador; este servidor simulado tiene uno). RCVD ya había confirmado la recepción, así que el contenido del buzón se borró entonces.`)
};

const de_narration_serverautologoutpop1rcvd3 = /** @type {(inputs: Narration_Serverautologoutpop1rcvd3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server schließt die untätige Sitzung (RFC 918 nennt keinen Timer; dieser simulierte Server hat einen). RCVD hatte den Empfang schon bestätigt, also wurde der Inhalt des Postfachs da bereits gelöscht.`)
};

/**
* | output |
* | --- |
* | "The server closes the idle session (RFC 918 names no timer; this simulated server has one). RCVD had already confirmed receipt, so the mailbox contents were ..." |
*
* @param {Narration_Serverautologoutpop1rcvd3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologoutpop1rcvd3 = /** @type {((inputs?: Narration_Serverautologoutpop1rcvd3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologoutpop1rcvd3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologoutpop1rcvd3(inputs)
	if (locale === "de") return de_narration_serverautologoutpop1rcvd3(inputs)
	return en_narration_serverautologoutpop1rcvd3(inputs)
});
export { narration_serverautologoutpop1rcvd3 as "narration_serverAutologoutPop1Rcvd" }