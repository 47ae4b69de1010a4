/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Narration_Unmarkedsessionendedpop23Inputs */

const en_narration_unmarkedsessionendedpop23 = /** @type {(inputs: Narration_Unmarkedsessionendedpop23Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT. RFC 937 does not say what becomes of an ACKD then; this simulated server forgets the mark, so message ${i?.number} stays.`)
};

const es_narration_unmarkedsessionendedpop23 = /** @type {(inputs: Narration_Unmarkedsessionendedpop23Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT. La RFC 937 no dice qué pasa entonces con un ACKD; este servidor simulado olvida la marca, así que el mensaje ${i?.number} se queda.`)
};

const de_narration_unmarkedsessionendedpop23 = /** @type {(inputs: Narration_Unmarkedsessionendedpop23Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT. RFC 937 sagt nicht, was dann aus einem ACKD wird; dieser simulierte Server vergisst die Markierung, also bleibt Nachricht ${i?.number}.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT. RFC 937 does not say what becomes of an ACKD then; this simulated server forgets the mark, so message {number} stays." |
*
* @param {Narration_Unmarkedsessionendedpop23Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_unmarkedsessionendedpop23 = /** @type {((inputs: Narration_Unmarkedsessionendedpop23Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Unmarkedsessionendedpop23Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_unmarkedsessionendedpop23(inputs)
	if (locale === "de") return de_narration_unmarkedsessionendedpop23(inputs)
	return en_narration_unmarkedsessionendedpop23(inputs)
});
export { narration_unmarkedsessionendedpop23 as "narration_unmarkedSessionEndedPop2" }