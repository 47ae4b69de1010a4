/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, session: NonNullable<unknown> }} Why_Samesession1Inputs */

const en_why_samesession1 = /** @type {(inputs: Why_Samesession1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} retrieved it twice in the same session (session ${i?.session}).`)
};

const es_why_samesession1 = /** @type {(inputs: Why_Samesession1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} lo descargó dos veces en la misma sesión (sesión ${i?.session}).`)
};

const de_why_samesession1 = /** @type {(inputs: Why_Samesession1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat sie zweimal in derselben Sitzung abgerufen (Sitzung ${i?.session}).`)
};

/**
* | output |
* | --- |
* | "{device} retrieved it twice in the same session (session {session})." |
*
* @param {Why_Samesession1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_samesession1 = /** @type {((inputs: Why_Samesession1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Samesession1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_samesession1(inputs)
	if (locale === "de") return de_why_samesession1(inputs)
	return en_why_samesession1(inputs)
});
export { why_samesession1 as "why_sameSession" }