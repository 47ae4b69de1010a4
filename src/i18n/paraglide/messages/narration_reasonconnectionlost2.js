/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Reasonconnectionlost2Inputs */

const en_narration_reasonconnectionlost2 = /** @type {(inputs: Narration_Reasonconnectionlost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection lost`)
};

const es_narration_reasonconnectionlost2 = /** @type {(inputs: Narration_Reasonconnectionlost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión perdida`)
};

const de_narration_reasonconnectionlost2 = /** @type {(inputs: Narration_Reasonconnectionlost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung verloren`)
};

/**
* | output |
* | --- |
* | "connection lost" |
*
* @param {Narration_Reasonconnectionlost2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_reasonconnectionlost2 = /** @type {((inputs?: Narration_Reasonconnectionlost2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Reasonconnectionlost2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_reasonconnectionlost2(inputs)
	if (locale === "de") return de_narration_reasonconnectionlost2(inputs)
	return en_narration_reasonconnectionlost2(inputs)
});
export { narration_reasonconnectionlost2 as "narration_reasonConnectionLost" }