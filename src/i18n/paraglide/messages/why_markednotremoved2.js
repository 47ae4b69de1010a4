/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, keyword: NonNullable<unknown> }} Why_Markednotremoved2Inputs */

const en_why_markednotremoved2 = /** @type {(inputs: Why_Markednotremoved2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} marked it with ${i?.keyword}, but the server did not remove it, so it was still there to fetch.`)
};

const es_why_markednotremoved2 = /** @type {(inputs: Why_Markednotremoved2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo marcó con ${i?.keyword}, pero el servidor no lo eliminó, así que seguía allí para descargarlo.`)
};

const de_why_markednotremoved2 = /** @type {(inputs: Why_Markednotremoved2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie mit ${i?.keyword} markiert, aber der Server hat sie nicht entfernt, also war sie noch abrufbar.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} marked it with {keyword}, but the server did not remove it, so it was still there to fetch." |
*
* @param {Why_Markednotremoved2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_markednotremoved2 = /** @type {((inputs: Why_Markednotremoved2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Markednotremoved2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_markednotremoved2(inputs)
	if (locale === "de") return de_why_markednotremoved2(inputs)
	return en_why_markednotremoved2(inputs)
});
export { why_markednotremoved2 as "why_markedNotRemoved" }