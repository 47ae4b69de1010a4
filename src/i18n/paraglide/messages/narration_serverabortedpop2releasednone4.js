/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverabortedpop2releasednone4Inputs */

const en_narration_serverabortedpop2releasednone4 = /** @type {(inputs: Narration_Serverabortedpop2releasednone4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT and the server releases the mailbox. No message had been acknowledged with ACKD, so nothing is deleted.`)
};

const es_narration_serverabortedpop2releasednone4 = /** @type {(inputs: Narration_Serverabortedpop2releasednone4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT y el servidor libera el buzón. Ningún mensaje se había confirmado con ACKD, así que no se borra nada.`)
};

const de_narration_serverabortedpop2releasednone4 = /** @type {(inputs: Narration_Serverabortedpop2releasednone4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT, und der Server gibt das Postfach frei. Keine Nachricht war mit ACKD bestätigt, also wird nichts gelöscht.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT and the server releases the mailbox. No message had been acknowledged with ACKD, so nothing is deleted." |
*
* @param {Narration_Serverabortedpop2releasednone4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverabortedpop2releasednone4 = /** @type {((inputs?: Narration_Serverabortedpop2releasednone4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverabortedpop2releasednone4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverabortedpop2releasednone4(inputs)
	if (locale === "de") return de_narration_serverabortedpop2releasednone4(inputs)
	return en_narration_serverabortedpop2releasednone4(inputs)
});
export { narration_serverabortedpop2releasednone4 as "narration_serverAbortedPop2ReleasedNone" }