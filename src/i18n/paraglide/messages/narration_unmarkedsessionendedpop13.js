/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Narration_Unmarkedsessionendedpop13Inputs */

const en_narration_unmarkedsessionendedpop13 = /** @type {(inputs: Narration_Unmarkedsessionendedpop13Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The session ended before RCVD, so the RDEL never takes effect: message ${i?.number} stays.`)
};

const es_narration_unmarkedsessionendedpop13 = /** @type {(inputs: Narration_Unmarkedsessionendedpop13Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión terminó antes de RCVD, así que el RDEL nunca tiene efecto: el mensaje ${i?.number} se queda.`)
};

const de_narration_unmarkedsessionendedpop13 = /** @type {(inputs: Narration_Unmarkedsessionendedpop13Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete vor RCVD, also wird das RDEL nie wirksam: Nachricht ${i?.number} bleibt.`)
};

/**
* | output |
* | --- |
* | "The session ended before RCVD, so the RDEL never takes effect: message {number} stays." |
*
* @param {Narration_Unmarkedsessionendedpop13Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_unmarkedsessionendedpop13 = /** @type {((inputs: Narration_Unmarkedsessionendedpop13Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Unmarkedsessionendedpop13Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_unmarkedsessionendedpop13(inputs)
	if (locale === "de") return de_narration_unmarkedsessionendedpop13(inputs)
	return en_narration_unmarkedsessionendedpop13(inputs)
});
export { narration_unmarkedsessionendedpop13 as "narration_unmarkedSessionEndedPop1" }