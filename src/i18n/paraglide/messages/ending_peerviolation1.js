/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown> }} Ending_Peerviolation1Inputs */

const en_ending_peerviolation1 = /** @type {(inputs: Ending_Peerviolation1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the server broke the protocol: ${i?.text}`)
};

const es_ending_peerviolation1 = /** @type {(inputs: Ending_Peerviolation1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el servidor incumplió el protocolo: ${i?.text}`)
};

const de_ending_peerviolation1 = /** @type {(inputs: Ending_Peerviolation1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der Server hat gegen das Protokoll verstoßen: ${i?.text}`)
};

/**
* | output |
* | --- |
* | "the server broke the protocol: {text}" |
*
* @param {Ending_Peerviolation1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_peerviolation1 = /** @type {((inputs: Ending_Peerviolation1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Peerviolation1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_peerviolation1(inputs)
	if (locale === "de") return de_ending_peerviolation1(inputs)
	return en_ending_peerviolation1(inputs)
});
export { ending_peerviolation1 as "ending_peerViolation" }