/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Replyok1Inputs */

const en_narration_replyok1 = /** @type {(inputs: Narration_Replyok1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server answers with a positive status line.`)
};

const es_narration_replyok1 = /** @type {(inputs: Narration_Replyok1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor responde con una línea de estado positiva.`)
};

const de_narration_replyok1 = /** @type {(inputs: Narration_Replyok1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server antwortet mit einer positiven Statuszeile.`)
};

/**
* | output |
* | --- |
* | "The server answers with a positive status line." |
*
* @param {Narration_Replyok1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_replyok1 = /** @type {((inputs?: Narration_Replyok1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Replyok1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_replyok1(inputs)
	if (locale === "de") return de_narration_replyok1(inputs)
	return en_narration_replyok1(inputs)
});
export { narration_replyok1 as "narration_replyOk" }