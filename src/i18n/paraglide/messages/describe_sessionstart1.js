/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, session: NonNullable<unknown> }} Describe_Sessionstart1Inputs */

const en_describe_sessionstart1 = /** @type {(inputs: Describe_Sessionstart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} starts session ${i?.session}.`)
};

const es_describe_sessionstart1 = /** @type {(inputs: Describe_Sessionstart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} empieza la sesión ${i?.session}.`)
};

const de_describe_sessionstart1 = /** @type {(inputs: Describe_Sessionstart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} beginnt Sitzung ${i?.session}.`)
};

/**
* | output |
* | --- |
* | "{device} starts session {session}." |
*
* @param {Describe_Sessionstart1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_sessionstart1 = /** @type {((inputs: Describe_Sessionstart1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Sessionstart1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_sessionstart1(inputs)
	if (locale === "de") return de_describe_sessionstart1(inputs)
	return en_describe_sessionstart1(inputs)
});
export { describe_sessionstart1 as "describe_sessionStart" }