/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverabortedpop1rcvd3Inputs */

const en_narration_serverabortedpop1rcvd3 = /** @type {(inputs: Narration_Serverabortedpop1rcvd3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended after RCVD had confirmed receipt: the mailbox contents were deleted then, and stay deleted.`)
};

const es_narration_serverabortedpop1rcvd3 = /** @type {(inputs: Narration_Serverabortedpop1rcvd3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó después de que RCVD confirmara la recepción: el contenido del buzón se borró entonces y sigue borrado.`)
};

const de_narration_serverabortedpop1rcvd3 = /** @type {(inputs: Narration_Serverabortedpop1rcvd3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete, nachdem RCVD den Empfang bestätigt hatte: Der Inhalt des Postfachs wurde da gelöscht und bleibt gelöscht.`)
};

/**
* | output |
* | --- |
* | "The session ended after RCVD had confirmed receipt: the mailbox contents were deleted then, and stay deleted." |
*
* @param {Narration_Serverabortedpop1rcvd3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverabortedpop1rcvd3 = /** @type {((inputs?: Narration_Serverabortedpop1rcvd3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverabortedpop1rcvd3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverabortedpop1rcvd3(inputs)
	if (locale === "de") return de_narration_serverabortedpop1rcvd3(inputs)
	return en_narration_serverabortedpop1rcvd3(inputs)
});
export { narration_serverabortedpop1rcvd3 as "narration_serverAbortedPop1Rcvd" }