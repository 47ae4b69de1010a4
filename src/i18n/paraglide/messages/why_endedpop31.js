/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, because: NonNullable<unknown>, keyword: NonNullable<unknown> }} Why_Endedpop31Inputs */

const en_why_endedpop31 = /** @type {(inputs: Why_Endedpop31Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} ended without QUIT${i?.because}, so its ${i?.keyword} marks were undone (RFC 1939 §6) and the message was still on the server.`)
};

const es_why_endedpop31 = /** @type {(inputs: Why_Endedpop31Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} terminó sin QUIT${i?.because}, así que sus marcas de ${i?.keyword} se deshicieron (RFC 1939 §6) y el mensaje seguía en el servidor.`)
};

const de_why_endedpop31 = /** @type {(inputs: Why_Endedpop31Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} endete ohne QUIT${i?.because}, also wurden ihre ${i?.keyword}-Markierungen aufgehoben (RFC 1939 §6), und die Nachricht lag noch auf dem Server.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} ended without QUIT{because}, so its {keyword} marks were undone (RFC 1939 §6) and the message was still on the server." |
*
* @param {Why_Endedpop31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_endedpop31 = /** @type {((inputs: Why_Endedpop31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Endedpop31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_endedpop31(inputs)
	if (locale === "de") return de_why_endedpop31(inputs)
	return en_why_endedpop31(inputs)
});
export { why_endedpop31 as "why_endedPop3" }