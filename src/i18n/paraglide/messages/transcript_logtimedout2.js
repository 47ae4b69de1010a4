/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logtimedout2Inputs */

const en_transcript_logtimedout2 = /** @type {(inputs: Transcript_Logtimedout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- client gives up: no answer from the server (timeout) --`)
};

const es_transcript_logtimedout2 = /** @type {(inputs: Transcript_Logtimedout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- el cliente se rinde: el servidor no responde (tiempo agotado) --`)
};

const de_transcript_logtimedout2 = /** @type {(inputs: Transcript_Logtimedout2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- der Client gibt auf: keine Antwort vom Server (Zeitüberschreitung) --`)
};

/**
* | output |
* | --- |
* | "-- client gives up: no answer from the server (timeout) --" |
*
* @param {Transcript_Logtimedout2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logtimedout2 = /** @type {((inputs?: Transcript_Logtimedout2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logtimedout2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logtimedout2(inputs)
	if (locale === "de") return de_transcript_logtimedout2(inputs)
	return en_transcript_logtimedout2(inputs)
});
export { transcript_logtimedout2 as "transcript_logTimedOut" }