/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, keyword: NonNullable<unknown>, because: NonNullable<unknown> }} Why_Quitnotremoved2Inputs */

const en_why_quitnotremoved2 = /** @type {(inputs: Why_Quitnotremoved2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} marked it with ${i?.keyword} and sent QUIT, but the server did not remove it${i?.because}, so it was still on the server.`)
};

const es_why_quitnotremoved2 = /** @type {(inputs: Why_Quitnotremoved2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo marcó con ${i?.keyword} y envió QUIT, pero el servidor no lo eliminó${i?.because}, así que seguía en el servidor.`)
};

const de_why_quitnotremoved2 = /** @type {(inputs: Why_Quitnotremoved2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie mit ${i?.keyword} markiert und QUIT gesendet, aber der Server hat sie nicht entfernt${i?.because}, also lag sie noch auf dem Server.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} marked it with {keyword} and sent QUIT, but the server did not remove it{because}, so it was still on the server." |
*
* @param {Why_Quitnotremoved2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_quitnotremoved2 = /** @type {((inputs: Why_Quitnotremoved2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Quitnotremoved2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_quitnotremoved2(inputs)
	if (locale === "de") return de_why_quitnotremoved2(inputs)
	return en_why_quitnotremoved2(inputs)
});
export { why_quitnotremoved2 as "why_quitNotRemoved" }