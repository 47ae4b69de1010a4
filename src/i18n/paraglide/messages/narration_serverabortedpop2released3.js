/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverabortedpop2released3Inputs */

const en_narration_serverabortedpop2released3 = /** @type {(inputs: Narration_Serverabortedpop2released3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT. RFC 937 leaves this open; this simulated server is set to commit on release (as UW ipop2d did), so releasing the mailbox deletes the messages acknowledged with ACKD.`)
};

const es_narration_serverabortedpop2released3 = /** @type {(inputs: Narration_Serverabortedpop2released3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT. La RFC 937 lo deja abierto; este servidor simulado está configurado para confirmar al liberar (como hacía UW ipop2d), así que al liberar el buzón se borran los mensajes confirmados con ACKD.`)
};

const de_narration_serverabortedpop2released3 = /** @type {(inputs: Narration_Serverabortedpop2released3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT. RFC 937 lässt das offen; dieser simulierte Server ist so eingestellt, dass er beim Freigeben festschreibt (wie UW ipop2d), also löscht das Freigeben des Postfachs die mit ACKD bestätigten Nachrichten.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT. RFC 937 leaves this open; this simulated server is set to commit on release (as UW ipop2d did), so releasing the mailbox dele..." |
*
* @param {Narration_Serverabortedpop2released3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverabortedpop2released3 = /** @type {((inputs?: Narration_Serverabortedpop2released3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverabortedpop2released3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverabortedpop2released3(inputs)
	if (locale === "de") return de_narration_serverabortedpop2released3(inputs)
	return en_narration_serverabortedpop2released3(inputs)
});
export { narration_serverabortedpop2released3 as "narration_serverAbortedPop2Released" }