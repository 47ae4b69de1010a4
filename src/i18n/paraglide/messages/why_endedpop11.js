/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, because: NonNullable<unknown>, keyword: NonNullable<unknown> }} Why_Endedpop11Inputs */

const en_why_endedpop11 = /** @type {(inputs: Why_Endedpop11Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} ended before RCVD confirmed the transfer${i?.because}, so its ${i?.keyword} marks were undone and the message was still on the server.`)
};

const es_why_endedpop11 = /** @type {(inputs: Why_Endedpop11Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} terminó antes de que RCVD confirmara la transferencia${i?.because}, así que sus marcas de ${i?.keyword} se deshicieron y el mensaje seguía en el servidor.`)
};

const de_why_endedpop11 = /** @type {(inputs: Why_Endedpop11Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} endete, bevor RCVD die Übertragung bestätigte${i?.because}, also wurden ihre ${i?.keyword}-Markierungen aufgehoben, und die Nachricht lag noch auf dem Server.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} ended before RCVD confirmed the transfer{because}, so its {keyword} marks were undone and the message was still on the server." |
*
* @param {Why_Endedpop11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_endedpop11 = /** @type {((inputs: Why_Endedpop11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Endedpop11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_endedpop11(inputs)
	if (locale === "de") return de_why_endedpop11(inputs)
	return en_why_endedpop11(inputs)
});
export { why_endedpop11 as "why_endedPop1" }