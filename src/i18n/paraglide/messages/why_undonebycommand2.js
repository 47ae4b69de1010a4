/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, keyword: NonNullable<unknown>, by: NonNullable<unknown>, said: NonNullable<unknown> }} Why_Undonebycommand2Inputs */

const en_why_undonebycommand2 = /** @type {(inputs: Why_Undonebycommand2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} marked it with ${i?.keyword}, but ${i?.by} undid the mark${i?.said}, so it was still on the server.`)
};

const es_why_undonebycommand2 = /** @type {(inputs: Why_Undonebycommand2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo marcó con ${i?.keyword}, pero ${i?.by} deshizo la marca${i?.said}, así que seguía en el servidor.`)
};

const de_why_undonebycommand2 = /** @type {(inputs: Why_Undonebycommand2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie mit ${i?.keyword} markiert, aber ${i?.by} hat die Markierung aufgehoben${i?.said}, also lag sie noch auf dem Server.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} marked it with {keyword}, but {by} undid the mark{said}, so it was still on the server." |
*
* @param {Why_Undonebycommand2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_undonebycommand2 = /** @type {((inputs: Why_Undonebycommand2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Undonebycommand2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_undonebycommand2(inputs)
	if (locale === "de") return de_why_undonebycommand2(inputs)
	return en_why_undonebycommand2(inputs)
});
export { why_undonebycommand2 as "why_undoneByCommand" }