/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Removedrelease1Inputs */

const en_narration_removedrelease1 = /** @type {(inputs: Narration_Removedrelease1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP2 mailbox is released: messages acknowledged with ACKD are removed.`)
};

const es_narration_removedrelease1 = /** @type {(inputs: Narration_Removedrelease1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se libera el buzón POP2: se eliminan los mensajes confirmados con ACKD.`)
};

const de_narration_removedrelease1 = /** @type {(inputs: Narration_Removedrelease1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das POP2-Postfach wird freigegeben: Mit ACKD bestätigte Nachrichten werden entfernt.`)
};

/**
* | output |
* | --- |
* | "The POP2 mailbox is released: messages acknowledged with ACKD are removed." |
*
* @param {Narration_Removedrelease1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_removedrelease1 = /** @type {((inputs?: Narration_Removedrelease1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Removedrelease1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_removedrelease1(inputs)
	if (locale === "de") return de_narration_removedrelease1(inputs)
	return en_narration_removedrelease1(inputs)
});
export { narration_removedrelease1 as "narration_removedRelease" }