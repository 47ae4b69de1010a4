/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Connectionlost1Inputs */

const en_ending_connectionlost1 = /** @type {(inputs: Ending_Connectionlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection lost`)
};

const es_ending_connectionlost1 = /** @type {(inputs: Ending_Connectionlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión perdida`)
};

const de_ending_connectionlost1 = /** @type {(inputs: Ending_Connectionlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung verloren`)
};

/**
* | output |
* | --- |
* | "connection lost" |
*
* @param {Ending_Connectionlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_connectionlost1 = /** @type {((inputs?: Ending_Connectionlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Connectionlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_connectionlost1(inputs)
	if (locale === "de") return de_ending_connectionlost1(inputs)
	return en_ending_connectionlost1(inputs)
});
export { ending_connectionlost1 as "ending_connectionLost" }