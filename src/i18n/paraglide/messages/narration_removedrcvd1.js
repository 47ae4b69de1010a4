/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Removedrcvd1Inputs */

const en_narration_removedrcvd1 = /** @type {(inputs: Narration_Removedrcvd1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After RCVD the POP1 server deletes the mailbox contents.`)
};

const es_narration_removedrcvd1 = /** @type {(inputs: Narration_Removedrcvd1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tras RCVD, el servidor POP1 borra el contenido del buzón.`)
};

const de_narration_removedrcvd1 = /** @type {(inputs: Narration_Removedrcvd1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach RCVD löscht der POP1-Server den Inhalt des Postfachs.`)
};

/**
* | output |
* | --- |
* | "After RCVD the POP1 server deletes the mailbox contents." |
*
* @param {Narration_Removedrcvd1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_removedrcvd1 = /** @type {((inputs?: Narration_Removedrcvd1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Removedrcvd1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_removedrcvd1(inputs)
	if (locale === "de") return de_narration_removedrcvd1(inputs)
	return en_narration_removedrcvd1(inputs)
});
export { narration_removedrcvd1 as "narration_removedRcvd" }