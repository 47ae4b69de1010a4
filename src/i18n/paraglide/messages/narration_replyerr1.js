/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Replyerr1Inputs */

const en_narration_replyerr1 = /** @type {(inputs: Narration_Replyerr1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server answers -ERR: the command was refused.`)
};

const es_narration_replyerr1 = /** @type {(inputs: Narration_Replyerr1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor responde -ERR: la orden se ha rechazado.`)
};

const de_narration_replyerr1 = /** @type {(inputs: Narration_Replyerr1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server antwortet -ERR: Der Befehl wurde abgelehnt.`)
};

/**
* | output |
* | --- |
* | "The server answers -ERR: the command was refused." |
*
* @param {Narration_Replyerr1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_replyerr1 = /** @type {((inputs?: Narration_Replyerr1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Replyerr1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_replyerr1(inputs)
	if (locale === "de") return de_narration_replyerr1(inputs)
	return en_narration_replyerr1(inputs)
});
export { narration_replyerr1 as "narration_replyErr" }