/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, because: NonNullable<unknown> }} Why_Endedbeforedelete2Inputs */

const en_why_endedbeforedelete2 = /** @type {(inputs: Why_Endedbeforedelete2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} ended${i?.because} before asking the server to delete it, so it was still on the server.`)
};

const es_why_endedbeforedelete2 = /** @type {(inputs: Why_Endedbeforedelete2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} terminó${i?.because} antes de pedir al servidor que lo borrara, así que seguía en el servidor.`)
};

const de_why_endedbeforedelete2 = /** @type {(inputs: Why_Endedbeforedelete2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} endete${i?.because}, bevor sie den Server bat, sie zu löschen, also lag sie noch auf dem Server.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} ended{because} before asking the server to delete it, so it was still on the server." |
*
* @param {Why_Endedbeforedelete2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_endedbeforedelete2 = /** @type {((inputs: Why_Endedbeforedelete2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Endedbeforedelete2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_endedbeforedelete2(inputs)
	if (locale === "de") return de_why_endedbeforedelete2(inputs)
	return en_why_endedbeforedelete2(inputs)
});
export { why_endedbeforedelete2 as "why_endedBeforeDelete" }