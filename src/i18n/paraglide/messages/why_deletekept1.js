/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, keyword: NonNullable<unknown>, because: NonNullable<unknown> }} Why_Deletekept1Inputs */

const en_why_deletekept1 = /** @type {(inputs: Why_Deletekept1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} sent ${i?.keyword} for it, but the server kept it${i?.because}.`)
};

const es_why_deletekept1 = /** @type {(inputs: Why_Deletekept1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} envió ${i?.keyword} por él, pero el servidor lo conservó${i?.because}.`)
};

const de_why_deletekept1 = /** @type {(inputs: Why_Deletekept1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat ${i?.keyword} für sie gesendet, aber der Server hat sie behalten${i?.because}.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} sent {keyword} for it, but the server kept it{because}." |
*
* @param {Why_Deletekept1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_deletekept1 = /** @type {((inputs: Why_Deletekept1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Deletekept1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_deletekept1(inputs)
	if (locale === "de") return de_why_deletekept1(inputs)
	return en_why_deletekept1(inputs)
});
export { why_deletekept1 as "why_deleteKept" }