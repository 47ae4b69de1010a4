/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverabortedpop22Inputs */

const en_narration_serverabortedpop22 = /** @type {(inputs: Narration_Serverabortedpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT. RFC 937 does not say what becomes of ACKD marks then; this simulated server is set to commit nothing, so acknowledged messages stay.`)
};

const es_narration_serverabortedpop22 = /** @type {(inputs: Narration_Serverabortedpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT. La RFC 937 no dice qué pasa entonces con las marcas ACKD; este servidor simulado está configurado para no confirmar nada, así que los mensajes confirmados se quedan.`)
};

const de_narration_serverabortedpop22 = /** @type {(inputs: Narration_Serverabortedpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT. RFC 937 sagt nicht, was dann aus ACKD-Markierungen wird; dieser simulierte Server ist so eingestellt, dass er nichts festschreibt, also bleiben bestätigte Nachrichten.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT. RFC 937 does not say what becomes of ACKD marks then; this simulated server is set to commit nothing, so acknowledged message..." |
*
* @param {Narration_Serverabortedpop22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverabortedpop22 = /** @type {((inputs?: Narration_Serverabortedpop22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverabortedpop22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverabortedpop22(inputs)
	if (locale === "de") return de_narration_serverabortedpop22(inputs)
	return en_narration_serverabortedpop22(inputs)
});
export { narration_serverabortedpop22 as "narration_serverAbortedPop2" }