/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logclienttoserver3Inputs */

const en_transcript_logclienttoserver3 = /** @type {(inputs: Transcript_Logclienttoserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`client → server`)
};

const es_transcript_logclienttoserver3 = /** @type {(inputs: Transcript_Logclienttoserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cliente → servidor`)
};

const de_transcript_logclienttoserver3 = /** @type {(inputs: Transcript_Logclienttoserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client → Server`)
};

/**
* | output |
* | --- |
* | "client → server" |
*
* @param {Transcript_Logclienttoserver3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logclienttoserver3 = /** @type {((inputs?: Transcript_Logclienttoserver3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logclienttoserver3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logclienttoserver3(inputs)
	if (locale === "de") return de_transcript_logclienttoserver3(inputs)
	return en_transcript_logclienttoserver3(inputs)
});
export { transcript_logclienttoserver3 as "transcript_logClientToServer" }