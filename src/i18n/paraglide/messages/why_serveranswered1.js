/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ line: NonNullable<unknown> }} Why_Serveranswered1Inputs */

const en_why_serveranswered1 = /** @type {(inputs: Why_Serveranswered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (the server answered "${i?.line}")`)
};

const es_why_serveranswered1 = /** @type {(inputs: Why_Serveranswered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (el servidor respondió "${i?.line}")`)
};

const de_why_serveranswered1 = /** @type {(inputs: Why_Serveranswered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (der Server antwortete "${i?.line}")`)
};

/**
* | output |
* | --- |
* | "(the server answered \"{line}\")" |
*
* @param {Why_Serveranswered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_serveranswered1 = /** @type {((inputs: Why_Serveranswered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Serveranswered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_serveranswered1(inputs)
	if (locale === "de") return de_why_serveranswered1(inputs)
	return en_why_serveranswered1(inputs)
});
export { why_serveranswered1 as "why_serverAnswered" }